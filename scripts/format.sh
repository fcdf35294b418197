#!/usr/bin/env bash
# Formats the C++ sources with clang-format (.clang-format at the top). With --check it changes
# nothing and fails, listing the files, when any file is not formatted: scripts/test.sh runs that.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(find app core platform qml tests -name '*.cpp' -o -name '*.h' | sort)
if [ "${1:-}" = "--check" ]; then
  bad=()
  for f in "${files[@]}"; do
    "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if [ ${#bad[@]} -gt 0 ]; then
    echo "clang-format: ${#bad[@]} of ${#files[@]} files are not formatted; run scripts/format.sh:" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "clang-format: all ${#files[@]} C++ files formatted"
  exit 0
fi
"$clang_format" -i "${files[@]}"
echo "clang-format: formatted ${#files[@]} files"
