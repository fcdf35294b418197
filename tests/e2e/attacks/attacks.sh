#!/usr/bin/env bash
# The attacks of issue 12, tried as a user of the CLI would: each must fail with one clear line on
# stderr and leave the teacher's journal byte for byte as it was (sha256 before and after).
#
#   attacks.sh CLI PROTO_DIR
#
# CLI is kernwijzer-cli, PROTO_DIR the folder holding kernwijzer/v1/*.proto. Files the CLI will
# not make (chosen keys, lifted signatures) come from craft.py, with protobuf classes generated here
# by protoc. No network; everything happens in a temporary folder.
set -uo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 CLI PROTO_DIR" >&2
    exit 2
fi
CLI=$1
PROTO_DIR=$2
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${KW_PYTHON:-/usr/bin/python3}
PROTOC=${KW_PROTOC:-protoc}

export KERNWIJZER_NOW=2026-11-20T10:00:00 KERNWIJZER_KEYCHAIN=off QT_QPA_PLATFORM=offscreen
export TZ=Europe/Amsterdam LANG=C.UTF-8 LC_ALL=C.UTF-8

if ! "$PYTHON" -c 'import nacl.bindings, google.protobuf' 2>/dev/null; then
    echo "FAIL: $PYTHON needs PyNaCl and protobuf (python3-nacl, python3-protobuf:" \
        "scripts/install-deps.sh)" >&2
    exit 1
fi

W=$(mktemp -d "${TMPDIR:-/tmp}/kw-attacks.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W" || exit 1

failures=0
cases=0
fail() {
    echo "FAIL [$1]: $2"
    failures=$((failures + 1))
}

kw() { "$CLI" "$@"; }

# Setup steps must work; if one does not, nothing after it means anything.
must() {
    if ! "$@" >setup.out 2>&1; then
        echo "SETUP FAILED: $*"
        cat setup.out
        exit 1
    fi
}

codeOf() { kw profile show "$1" --json | sed -n 's/.*"verificationCode":"\([0-9-]*\)".*/\1/p'; }

# What a file is now: its sha256, or "absent" (a journal also counts its WAL, if any).
state() {
    local f
    for f in "$@"; do
        if [ -e "$f" ]; then sha256sum <"$f"; else echo "$f absent"; fi
        [ -e "$f-wal" ] && sha256sum <"$f-wal"
    done
}

# refused LABEL PHRASE "WATCHED FILES" -- COMMAND...
# COMMAND must exit 1 or 2 (a refusal, not a crash), print exactly one line on stderr holding
# PHRASE, and leave every watched file as it was (an absent one stays absent).
refused() {
    local label=$1 phrase=$2 watched=$3
    shift 4
    cases=$((cases + 1))
    local before after rc lines files
    read -ra files <<<"$watched"
    before=$(state "${files[@]}")
    "$@" >cmd.out 2>cmd.err
    rc=$?
    after=$(state "${files[@]}")
    lines=$(grep -c '' cmd.err)
    if [ "$rc" -ne 1 ] && [ "$rc" -ne 2 ]; then
        fail "$label" "exit code $rc, expected a refusal (1 or 2); stderr: $(head -c 300 cmd.err)"
    elif [ "$lines" -ne 1 ]; then
        fail "$label" "expected one line on stderr, got $lines: $(head -c 400 cmd.err)"
    elif ! grep -qF -- "$phrase" cmd.err; then
        fail "$label" "stderr lacks \"$phrase\": $(cat cmd.err)"
    elif [ "$before" != "$after" ]; then
        fail "$label" "refused, but changed $watched"
    else
        echo "ok   [$label] $(cut -c1-150 cmd.err)"
    fi
    # The next case starts from the real journal, even if this one changed it.
    if [[ " $watched " == *" $T "* ]]; then restore; fi
}

# succeeds LABEL PHRASE -- COMMAND...: exit 0 and PHRASE on stdout.
succeeds() {
    local label=$1 phrase=$2
    shift 3
    cases=$((cases + 1))
    if ! "$@" >cmd.out 2>cmd.err; then
        fail "$label" "expected success: $(head -c 400 cmd.err)"
    elif ! grep -qF -- "$phrase" cmd.out; then
        fail "$label" "stdout lacks \"$phrase\": $(head -c 400 cmd.out)"
    else
        echo "ok   [$label] $(head -n1 cmd.out | cut -c1-150)"
    fi
}


T=t.sqlite # the teacher's journal every attack on an installed profile aims at
restore() { cmp -s pristine.sqlite "$T" || cp pristine.sqlite "$T"; }

started=$(date +%s)

# --- Setup: School A v1 (HR + Cust A) installed in a teacher's journal with one check-in. -------
mkdir pb
must "$PROTOC" --python_out=pb -I "$PROTO_DIR" "$PROTO_DIR"/kernwijzer/v1/*.proto
export KW_PB=$W/pb
# ca and cb are real custodians; cx is a custodian key HR made itself, under Cust A's name; hr2 is
# another HR key (the decoy's); m_hr and m_c a phisher's.
for k in "school hr HR Bureau" "school hr2 Other HR" "custodian ca Cust A" \
    "custodian cb Cust B" "custodian cx Cust A" "school m_hr HR Bureau" "custodian m_c Cust A"; do
    read -r party file name <<<"$k"
    must kw keys create --party "$party" --name "$name" --out "$file.kwsleutel" --no-passphrase
done
must kw profile template --out template.json
must "$PYTHON" "$HERE/craft.py" sources template.json .
must kw demo --out demo

make_profile() { # SOURCE HR_KEY CUSTODIAN OUT [--handover F]...
    local source=$1 hr=$2 custodian=$3 out=$4
    shift 4
    must kw profile create --source "$source" --key "$hr.kwsleutel" \
        --custodian "$custodian.kwsleutel.pub" --out "$out" "$@"
    must kw profile sign "$out" --key "$custodian.kwsleutel"
}
make_profile sa_v1.json hr ca pA1.kwprofiel
CODE_A=$(codeOf pA1.kwprofiel)
[ -n "$CODE_A" ] || { echo "SETUP FAILED: no verification code"; exit 1; }
must kw profile import pA1.kwprofiel --db t.sqlite --verify-code "$CODE_A"
must kw checkin add --db t.sqlite --instrument who5 --answers 3,4,3,2,4 --date 2026-09-08
must kw export --db t.sqlite --period 2026-2027/1 --opt-in --team onderbouw --role leraar \
    --age-band 30-44 --out f1.kwbijdrage
cp t.sqlite pristine.sqlite
# Handovers: A -> B (from v1), back B -> A (from v2), and Cust A's handover to X made for a decoy
# profile (same school id, Other HR's key, another name).
must kw profile handover pA1.kwprofiel --key ca.kwsleutel --custodian cb.kwsleutel.pub \
    --out hAB.kwoverdracht
make_profile sa_v2.json hr cb pA2_B.kwprofiel --handover hAB.kwoverdracht
must kw profile handover pA2_B.kwprofiel --key cb.kwsleutel --custodian ca.kwsleutel.pub \
    --out hBA.kwoverdracht
make_profile sa_v3.json hr ca pA3_A.kwprofiel --handover hBA.kwoverdracht
make_profile decoy.json hr2 ca pD1.kwprofiel
must kw profile handover pD1.kwprofiel --key ca.kwsleutel --custodian cx.kwsleutel.pub \
    --out hD_AX.kwoverdracht
must "$PYTHON" "$HERE/craft.py" files .


# --- The controls: crafted the same way as the attacks below, and accepted. ---------------------
cp "$T" c.sqlite
succeeds "control: crafted v2, both sign" "version 2 updated" -- \
    kw profile import control_v2.kwprofiel --db c.sqlite
cp "$T" c.sqlite
succeeds "control: crafted handover A -> X that A signed" "version 2 updated" -- \
    kw profile import control_handover_v2.kwprofiel --db c.sqlite --accept-new-custodian
succeeds "control: crafted .pub with a fresh proof" "signed by HR" -- \
    kw profile create --source sa_v2.json --key hr.kwsleutel --custodian control.kwsleutel.pub \
    --out control_out.kwprofiel

# --- 1. HR swaps the custodian: its own key X under Cust A's name, v2 signed by X. --------------
make_profile sa_v2.json hr cx pA2_X.kwprofiel
refused "1 swap, no handover" "without a handover signed by Cust A" "$T" -- \
    kw profile import pA2_X.kwprofiel --db "$T"
refused "1 swap, no handover, --accept-new-custodian" "without a handover signed by Cust A" "$T" -- \
    kw profile import pA2_X.kwprofiel --db "$T" --accept-new-custodian
refused "1 HR signs the handover with X's key" "signed with the secret key file of the custodian" \
    "hAX.kwoverdracht" -- \
    kw profile handover pA1.kwprofiel --key cx.kwsleutel --custodian cx.kwsleutel.pub \
    --out hAX.kwoverdracht
refused "1 handover A -> X signed by X (crafted)" "not signed by the outgoing custodian" "$T" -- \
    kw profile import forged_handover_v2.kwprofiel --db "$T" --accept-new-custodian

# --- 2. The same swap on a new device: the code differs, the published one does not fit. --------
make_profile sa_v1.json hr cx pA1_X.kwprofiel
CODE_X=$(codeOf pA1_X.kwprofiel)
cases=$((cases + 1))
if [ -z "$CODE_X" ] || [ "$CODE_X" = "$CODE_A" ]; then
    fail "2 swapped profile's code" "\"$CODE_X\" should differ from the published $CODE_A"
else
    echo "ok   [2 swapped profile's code] $CODE_X, not the published $CODE_A"
fi
refused "2 new device, swapped profile, published code" "does not match" "new.sqlite" -- \
    kw profile import pA1_X.kwprofiel --db new.sqlite --verify-code "$CODE_A"
refused "2 new device, swapped profile, no code" "does not match" "new.sqlite" -- \
    kw profile import pA1_X.kwprofiel --db new.sqlite

# --- 3. Phishing first: the phisher's profile installed with the phisher's code. ----------------
make_profile sa_v1.json m_hr m_c phish.kwprofiel
must kw profile import phish.kwprofiel --db p.sqlite --verify-code "$(codeOf phish.kwprofiel)"
must kw checkin add --db p.sqlite --instrument who5 --answers 3,4,3,2,4 --date 2026-09-08
refused "3 real profile after the phisher's" "not signed with the HR key you accepted before" \
    "p.sqlite" -- kw profile import pA1.kwprofiel --db p.sqlite --verify-code "$CODE_A"
refused "3 remove without --confirm" "Repeat with --confirm" "p.sqlite" -- \
    kw profile remove --db p.sqlite
succeeds "3 remove --confirm" "profile is removed" -- kw profile remove --db p.sqlite --confirm
refused "3 real profile after remove, no code" "Type the verification code" "p.sqlite" -- \
    kw profile import pA1.kwprofiel --db p.sqlite
succeeds "3 real profile with its code" "School A version 1 installed" -- \
    kw profile import pA1.kwprofiel --db p.sqlite --verify-code "$CODE_A"
succeeds "3 the real one is the one installed" "already installed" -- \
    kw profile import pA1.kwprofiel --db p.sqlite
succeeds "3 the check-in written before is still there" "64/100" -- \
    kw checkin list --db p.sqlite

# --- 4. Decoy handover and a replayed old one. -----------------------------------------------
refused "4 decoy handover, profile create" "made for another school, another HR key" \
    "pA2_decoy.kwprofiel" -- \
    kw profile create --source sa_v2.json --key hr.kwsleutel --custodian cx.kwsleutel.pub \
    --handover hD_AX.kwoverdracht --out pA2_decoy.kwprofiel
refused "4 decoy handover, crafted profile" "made for another school, another HR key" "$T" -- \
    kw profile import decoy_handover_v2.kwprofiel --db "$T" --accept-new-custodian
cp "$T" r.sqlite
succeeds "4 v2: Cust A hands over to Cust B" "version 2 updated; custodian Cust B" -- \
    kw profile import pA2_B.kwprofiel --db r.sqlite --accept-new-custodian
succeeds "4 v3: Cust B hands back to Cust A" "version 3 updated; custodian Cust A" -- \
    kw profile import pA3_A.kwprofiel --db r.sqlite --accept-new-custodian
# HR's v4 names Cust B again with only the old A -> B (from v1); the CLI makes it.
make_profile sa_v4.json hr cb pA4_B.kwprofiel --handover hAB.kwoverdracht
refused "4 v4 replays the old A -> B" "without a handover signed by Cust A for version 3" \
    "r.sqlite" -- kw profile import pA4_B.kwprofiel --db r.sqlite --accept-new-custodian
refused "4 v4 replays the old A -> B, no --accept" "without a handover signed by Cust A" \
    "r.sqlite" -- kw profile import pA4_B.kwprofiel --db r.sqlite

# --- 5. Demo keys: HR's box key := the demo school's; a custodian with the demo key. -------------
refused "5 profile create with the demo school's box key" "demo school's keys" "out.kwprofiel" -- \
    kw profile create --source sa_v2.json --key hr_demo_box.kwsleutel --custodian ca.kwsleutel.pub \
    --out out.kwprofiel
refused "5 HR box key is the demo school's" "demo school's keys" "$T" -- \
    kw profile import pDemoBox.kwprofiel --db "$T"
cp demo/journal.sqlite dj.sqlite
succeeds "5 demo journal: the school's own profile" "installed" -- \
    kw profile import pA1.kwprofiel --db dj.sqlite --verify-code "$CODE_A"
refused "5 demo journal: HR box key is the demo school's" "demo school's keys" "dj.sqlite" -- \
    kw profile import pDemoBox.kwprofiel --db dj.sqlite
refused "5 profile create with the demo custodian's key" "demo school's keys" "out.kwprofiel" -- \
    kw profile create --source sa_v1.json --key hr.kwsleutel \
    --custodian demo/demo-custodian.kwsleutel --out out.kwprofiel
refused "5 new device, demo custodian key, its own code" "demo school's keys" "nd.sqlite" -- \
    kw profile import pDemoCust.kwprofiel --db nd.sqlite --verify-code "$(codeOf pDemoCust.kwprofiel)"

# --- 6. Small-order and base-point box keys; a .pub with a swapped box key or a copied proof. ---
for pub in low_zero low_one low_order8 low_pminus1 basepoint; do
    refused "6 $pub.kwsleutel.pub, profile create" "damaged or incomplete" "out.kwprofiel" -- \
        kw profile create --source sa_v2.json --key hr.kwsleutel --custodian "$pub.kwsleutel.pub" \
        --out out.kwprofiel
    refused "6 $pub.kwsleutel.pub, profile handover" "damaged or incomplete" "out.kwoverdracht" -- \
        kw profile handover pA1.kwprofiel --key ca.kwsleutel --custodian "$pub.kwsleutel.pub" \
        --out out.kwoverdracht
done
for pub in swapped_box copied_proof; do
    refused "6 $pub.kwsleutel.pub, profile create" "signature does not match" "out.kwprofiel" -- \
        kw profile create --source sa_v2.json --key hr.kwsleutel --custodian "$pub.kwsleutel.pub" \
        --out out.kwprofiel
    refused "6 $pub.kwsleutel.pub, profile handover" "signature does not match" \
        "out.kwoverdracht" -- \
        kw profile handover pA1.kwprofiel --key ca.kwsleutel --custodian "$pub.kwsleutel.pub" \
        --out out.kwoverdracht
done
for p in cust_low_zero_v2 cust_low_one_v2 cust_low_order8_v2 cust_low_pminus1_v2 \
    cust_basepoint_v2; do
    refused "6 co-signed $p" "no valid keys for the custodian" "$T" -- \
        kw profile import "$p.kwprofiel" --db "$T"
done
refused "6 new device, co-signed cust_low_order8_v1" "no valid keys for the custodian" \
    "new.sqlite" -- kw profile import cust_low_order8_v1.kwprofiel --db new.sqlite \
    --verify-code "$CODE_A"

# --- 7. A custodian's signature of another kind used as the profile's co-signature. -------------
for p in cosig_from_pub cosig_from_handover cosig_from_boxproof cosig_as_handover \
    cosig_as_public-keys cosig_no_context; do
    refused "7 $p" "changed after signing" "$T" -- kw profile import "$p.kwprofiel" --db "$T"
done

# --- 8. Control characters in a school name (and a key holder's). ------------------------------
refused "8 profile create, ESC in the school name" "control characters" "esc.kwprofiel" -- \
    kw profile create --source sa_v2_escape.json --key hr.kwsleutel --custodian ca.kwsleutel.pub \
    --out esc.kwprofiel
refused "8 co-signed profile, newline and ESC in the name" "control characters" "$T" -- \
    kw profile import escape_v2.kwprofiel --db "$T"
refused "8 new device, newline and ESC in the name" "control characters" "new.sqlite" -- \
    kw profile import escape_v2.kwprofiel --db new.sqlite --verify-code "$CODE_A"
refused "8 .pub with ESC in the holder's name" "damaged or incomplete" "out.kwprofiel" -- \
    kw profile create --source sa_v2.json --key hr.kwsleutel --custodian escape_name.kwsleutel.pub \
    --out out.kwprofiel
refused "8 keys create, ESC in the name" "control characters" "esc_key.kwsleutel" -- \
    kw keys create --party custodian --name $'Cust A\e[8m' --out esc_key.kwsleutel --no-passphrase

# --- 9. inspect --key with a key that opens no part. --------------------------------------------
refused "9 inspect --key, another custodian's key" "no part that your key" "f1.kwbijdrage" -- \
    kw inspect f1.kwbijdrage --key cb.kwsleutel
refused "9 inspect --key, the demo HR key" "no part that your key" "f1.kwbijdrage" -- \
    kw inspect f1.kwbijdrage --key demo/demo-hr.kwsleutel
refused "9 inspect --key, a public key file" "public keys only" "f1.kwbijdrage" -- \
    kw inspect f1.kwbijdrage --key ca.kwsleutel.pub
succeeds "9 control: inspect --key, the custodian's key" "FILE_KIND_CONTRIBUTION" -- \
    kw inspect f1.kwbijdrage --key ca.kwsleutel

# --- 10. No sealing to a small-order custodian key: the export is refused before it is made. ----
refused "10 export --profile with a small-order custodian box key" \
    "no valid keys for the custodian" "$T s1.kwbijdrage" -- \
    kw export --db "$T" --profile cust_low_order8_v2.kwprofiel --period 2026-2027/1 --opt-in \
    --team onderbouw --role leraar --age-band 30-44 --out s1.kwbijdrage
must kw checkin add --db nb.sqlite --instrument who5 --answers 3,4,3,2,4 --date 2026-09-08
refused "10 journal without a profile, export --profile small-order" \
    "no valid keys for the custodian" "nb.sqlite s2.kwbijdrage" -- \
    kw export --db nb.sqlite --profile cust_low_order8_v1.kwprofiel --period 2026-2027/1 \
    --opt-in --team onderbouw --out s2.kwbijdrage

echo "$cases cases, $failures failed, $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
