#!/usr/bin/env bash
# Lints every QML file of the Kernwijzer module against the built module (build/qml_modules)
# and fails on any warning that scripts/qmllint-allowed.txt does not list (Qt 6.4 workarounds).
# Usage: bash scripts/qmllint.sh [build dir]       (after the build; test.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
qmllint=$(command -v qmllint6 || echo /usr/lib/qt6/bin/qmllint)
allowed=scripts/qmllint-allowed.txt

if [[ ! -f "$build/qml_modules/Kernwijzer/qmldir" ]]; then
    echo "qmllint: $build/qml_modules/Kernwijzer/qmldir is missing: build first" >&2
    exit 1
fi
mapfile -t files < <(find qml -name '*.qml' | sort)

# Allowed patterns: the text before " # " on each line that is not blank or a comment.
patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' -e 's/[[:space:]]\+#[[:space:]].*$//' "$allowed" \
    >"$patterns"

output=$("$qmllint" -I "$build/qml_modules" "${files[@]}" 2>&1 || true)
# qmllint prints each finding as one "Warning: file:line:column: message" line, then the code.
warnings=$(grep -E '^(Warning|Error):' <<<"$output" || true)
if [[ -s "$patterns" ]]; then
    unexpected=$(grep -v -E -f "$patterns" <<<"$warnings" || true)
else
    unexpected=$warnings
fi
count() { [[ -z "$1" ]] && echo 0 || wc -l <<<"$1"; }
total=$(count "$warnings")
left=$(count "$unexpected")

echo "qmllint: ${#files[@]} files, $total warnings, $((total - left)) allowed by $allowed, $left unexpected"
if [[ "$left" -ne 0 ]]; then
    echo "$unexpected" >&2
    echo "qmllint: fix these, or list a Qt 6.4 workaround in $allowed with why" >&2
    exit 1
fi
