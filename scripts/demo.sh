#!/usr/bin/env bash
# Installs what is missing, builds Kernwijzer and starts it on the built-in demo school.
# With no display it renders every main page at phone, tablet and desktop size to PNG files,
# prints where they are, and runs the command-line demo.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset default -DKW_BUILD_TESTS=OFF >/dev/null
cmake --build --preset default -j "$(nproc)" --target kernwijzer kernwijzer-cli

app=build/bin/kernwijzer
cli=build/bin/kernwijzer-cli

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --demo "$@"
fi

out=${KW_DEMO_OUT:-$PWD/out/demo}
rm -rf "$out"
mkdir -p "$out/screenshots"
echo "No display: rendering the demo school's pages to $out/screenshots"
for size in 390x844 1024x768 1440x900; do
  if command -v xvfb-run >/dev/null; then
    # A virtual X display renders with OpenGL, as on a real device (shadows included).
    xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --screenshot "$out/screenshots" --size "$size" "$@"
  else
    "$app" --screenshot "$out/screenshots" --size "$size" "$@"
  fi
done

echo
echo "Command-line demo:"
"$cli" demo --out "$out/cli"
"$cli" journal add --db "$out/cli/journal.sqlite" --values Vertrouwen --outcome 4 --tags ouders \
  --text "Gesprek met de ouders van Daan: we maakten samen een plan voor zijn huiswerk."
"$cli" journal search --db "$out/cli/journal.sqlite" ouders --value Vertrouwen --limit 3

echo
echo "Sharing with the school: the profile, the preview of the last closed period, the file,"
echo "and what HR can open of it (one share: random numbers, plus the cohort):"
"$cli" profile verify "$out/cli/demo-school.kwprofiel"
"$cli" export --db "$out/cli/journal.sqlite" --preview --team bovenbouw --role leraar | head -8
"$cli" export --db "$out/cli/journal.sqlite" --opt-in --out "$out/cli/bijdrage.kwbijdrage"
"$cli" inspect "$out/cli/bijdrage.kwbijdrage" --key "$out/cli/demo-hr.kwsleutel" | head -30
