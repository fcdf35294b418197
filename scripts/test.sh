#!/usr/bin/env bash
# Installs what is missing, checks the C++ formatting (scripts/format.sh --check), builds
# Kernwijzer, lints its QML (scripts/qmllint.sh) and runs every test (labels unit, qml, e2e), then
# builds the libFuzzer targets with clang and runs each
# briefly (label fuzz).
# Usage: bash scripts/test.sh            (from anywhere; build tree in ./build)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/format.sh --check
cmake --preset default
cmake --build --preset default -j "$(nproc)"
bash scripts/qmllint.sh build
ctest --preset default -L 'unit|qml|e2e' -j 2

cmake --preset fuzz
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz -L fuzz -j 2
