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

echo
echo "A school of its own: HR and the custodian make keys and the co-signed profile; show prints"
echo "the verification code they publish (MR newsletter, staff-room poster); a teacher's first"
echo "install needs it:"
school="$out/cli/school"
rm -rf "$school" && mkdir -p "$school"
"$cli" keys create --party school --name "P&O Stichting" --role HR-adviseur \
  --out "$school/hr.kwsleutel" --no-passphrase >/dev/null
"$cli" keys create --party custodian --name "Carla de Vries" --role "Secretaris MR" \
  --out "$school/mr.kwsleutel" --no-passphrase >/dev/null
"$cli" profile template --out "$school/school.json" >/dev/null
"$cli" profile create --source "$school/school.json" --key "$school/hr.kwsleutel" \
  --custodian "$school/mr.kwsleutel.pub" --out "$school/school.kwprofiel" >/dev/null
"$cli" profile sign "$school/school.kwprofiel" --key "$school/mr.kwsleutel" | grep -i "code"
code=$("$cli" profile show "$school/school.kwprofiel" --json \
  | sed -n 's/.*"verificationCode": *"\([0-9-]*\)".*/\1/p')
"$cli" profile import "$school/school.kwprofiel" --db "$school/teacher.sqlite" --verify-code "$code"
