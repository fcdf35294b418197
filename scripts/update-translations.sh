#!/usr/bin/env bash
# Refreshes qml/i18n/*.ts from the C++ and QML sources (English source strings). Translate new
# entries in Qt Linguist (or the .ts XML); tests/e2e/gui checks that Dutch has no unfinished entry.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete -locations relative core app qml \
    -ts qml/i18n/kernwijzer_nl.ts qml/i18n/kernwijzer_en.ts
