#!/usr/bin/env bash
# The school-side attacks of issue 13 (review attack-13), tried with the real CLI: the custodian's
# inbox, the custodian's release and HR's import. Each attack must be refused (exit 1/2, or the
# file's outcome not added/replaced) and leave the database as it was (sqlite3 .dump before and
# after). Files the CLI will not make come from craft_school.py.
#
#   school_attacks.sh CLI PROTO_DIR
#
# Findings still open when this was written are marked OPEN: they are printed but do not fail the
# run unless KW_STRICT=1. When one starts to pass, the run says so: take it off the OPEN list.
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
STRICT=${KW_STRICT:-0}

export KERNWIJZER_NOW=2026-11-30T10:00:00 KERNWIJZER_KEYCHAIN=off QT_QPA_PLATFORM=offscreen
export TZ=Europe/Amsterdam LANG=C.UTF-8 LC_ALL=C.UTF-8

for tool in sqlite3 timeout; do
    command -v $tool >/dev/null || { echo "FAIL: needs $tool"; exit 1; }
done
if ! "$PYTHON" -c 'import nacl.bindings, google.protobuf' 2>/dev/null; then
    echo "FAIL: $PYTHON needs PyNaCl and protobuf" >&2
    exit 1
fi

W=$(mktemp -d "${TMPDIR:-/tmp}/kw-school-attacks.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W" || exit 1

# Known open findings (review attack-13); see the report on that branch.
OPEN=" "

failures=0
cases=0
open_seen=0
fail() {
    local label=$1
    shift
    if [[ "$OPEN" == *" $label "* ]] && [ "$STRICT" != 1 ]; then
        echo "OPEN [$label]: $*"
        open_seen=$((open_seen + 1))
    else
        echo "FAIL [$label]: $*"
        failures=$((failures + 1))
    fi
}
pass() {
    local label=$1
    shift
    if [[ "$OPEN" == *" $label "* ]]; then
        echo "ok   [$label] $* (was OPEN: take it off the list)"
    else
        echo "ok   [$label] $*"
    fi
}
kw() { timeout 60 "$CLI" "$@"; }
craft() { "$PYTHON" "$HERE/craft_school.py" "$@"; }
must() {
    if ! "$@" >setup.out 2>&1; then
        echo "SETUP FAILED: $*"
        cat setup.out
        exit 1
    fi
}
dump() { if [ -e "$1" ]; then sqlite3 "$1" .dump; else echo absent; fi; }

# --- Setup: a simulated school, a custodian database of one period, HR's of the other. ---------
must kw demo --school --out s --teachers 60 --periods 2
mkdir pb
must "$PROTOC" --python_out=pb -I "$PROTO_DIR" "$PROTO_DIR"/kernwijzer/v1/*.proto
export KW_PB=$W/pb
PROFILE=s/school.kwprofiel
CK=s/keys/custodian.kwsleutel
HK=s/keys/hr.kwsleutel
PER=2025-2026/6of6
INBOX=s/inbox/2025-2026-6of6
R1=s/releases/2025-2026-6of6-1.kwvrijgave
R2=s/releases/2025-2026-6of6-2.kwvrijgave
Q1=s/releases/2026-2027-1of6-1.kwvrijgave
T=$(ls "$INBOX"/*.kwbijdrage | head -1)
T2=$(ls "$INBOX"/*.kwbijdrage | sed -n 2p)
must kw import --custodian-db c0.sqlite --key "$CK" --profile "$PROFILE" "$INBOX"
# c_minus: the inbox without T, for files that arrive before T itself.
mkdir minus && cp "$INBOX"/*.kwbijdrage minus/ && rm "minus/$(basename "$T")"
must kw import --custodian-db c_minus.sqlite --key "$CK" --profile "$PROFILE" minus
must kw import --hr-db h0.sqlite --key "$HK" --profile "$PROFILE" "$Q1"   # the other period only
cp h0.sqlite h1.sqlite
must kw import --hr-db h1.sqlite --key "$HK" "$R1"                        # release 1 of $PER

started=$(date +%s)

# inbox LABEL BASE_DB FILE...: no file may be added or replaced, the database stays as it was.
inbox() {
    local label=$1 base=$2
    shift 2
    cases=$((cases + 1))
    cp "$base" db.sqlite
    local before after
    before=$(dump db.sqlite)
    kw import --custodian-db db.sqlite --key "$CK" "$@" --json >cmd.out 2>cmd.err
    local rc=$?
    after=$(dump db.sqlite)
    if [ "$rc" -ne 0 ]; then
        fail "$label" "exit $rc: $(head -c 300 cmd.err)"
    elif grep -q '"outcome":"\(added\|replaced\)"' cmd.out; then
        fail "$label" "kept: $(head -c 300 cmd.out)"
    elif [ "$before" != "$after" ]; then
        fail "$label" "the database changed"
    else
        pass "$label" "$(grep -o '"outcome":"[a-zA-Z]*","reason":"[^"]*' cmd.out | head -1 | cut -c1-140)"
    fi
}

# hr LABEL BASE_DB FILE: HR's import must refuse (exit 1, one line per file) and change nothing.
hr() {
    local label=$1 base=$2 file=$3
    cases=$((cases + 1))
    cp "$base" db.sqlite
    local before after
    before=$(dump db.sqlite)
    kw import --hr-db db.sqlite --key "$HK" "$file" >cmd.out 2>cmd.err
    local rc=$?
    after=$(dump db.sqlite)
    if [ "$rc" -ne 1 ]; then
        fail "$label" "exit $rc, expected 1: $(head -c 300 cmd.out cmd.err)"
    elif [ "$before" != "$after" ]; then
        fail "$label" "refused, but the database changed"
    else
        pass "$label" "$(grep -m1 refused cmd.out cmd.err | cut -c1-160)"
    fi
}

# poison LABEL FILE: a file the custodian keeps (T absent) must not stop the period's release
# from reaching HR: either the custodian refuses it, or HR imports the release made with it.
poison() {
    local label=$1 file=$2
    cases=$((cases + 1))
    cp c_minus.sqlite db.sqlite
    kw import --custodian-db db.sqlite --key "$CK" "$file" --json >cmd.out 2>&1
    if ! grep -q '"outcome":"\(added\|replaced\)"' cmd.out; then
        pass "$label" "the custodian refused it: $(grep -o '"reason":"[^"]*' cmd.out | cut -c1-120)"
        return
    fi
    kw import --custodian-db db.sqlite --key "$CK" "$T" >/dev/null 2>&1 # the teacher's own file
    rm -f rel.kwvrijgave req.kwcontrole ans.kwuitslag
    # The check before the release: HR says which parts check out; the release sums only those.
    cp h0.sqlite hp.sqlite
    if ! kw release --custodian-db db.sqlite --key "$CK" --period "$PER" --check-out req.kwcontrole \
        >cmd.out 2>&1 || ! kw validate --hr-db hp.sqlite --key "$HK" --out ans.kwuitslag \
        req.kwcontrole >>cmd.out 2>&1; then
        fail "$label" "the check before the release failed: $(head -c 300 cmd.out)"
        return
    fi
    if ! kw release --custodian-db db.sqlite --key "$CK" --period "$PER" --checked ans.kwuitslag \
        --out rel.kwvrijgave >cmd.out 2>&1; then
        fail "$label" "no release could be made: $(head -c 200 cmd.out)"
        return
    fi
    if kw import --hr-db hp.sqlite --key "$HK" rel.kwvrijgave >cmd.out 2>&1; then
        pass "$label" "HR imported the release"
    else
        fail "$label" "the custodian kept it and released; HR refuses the whole release, and the" \
            "period can never be released (the part is frozen): $(grep -m1 refused cmd.out | cut -c1-160)"
    fi
}

# --- 1. A key holder rewrites a teacher's submission; parts of two files mixed. -----------------
craft contrib lift-id "$T" "$CK" lift.kwbijdrage
inbox "1 revision 16 under a teacher's id, signed by another key" c0.sqlite lift.kwbijdrage
craft mix "$T2" "$T" mix.kwbijdrage
inbox "1 HR part of another file, custodian part of a kept one" c0.sqlite mix.kwbijdrage
poison P1-mix-first mix.kwbijdrage

# --- 4. Presence bits and values. ------------------------------------------------------------
craft contrib spare-bits "$T" "$CK" spare.kwbijdrage
inbox "4 spare presence bits set" c0.sqlite spare.kwbijdrage
craft contrib long-presence "$T" "$CK" longp.kwbijdrage
inbox "4 one presence byte too many" c0.sqlite longp.kwbijdrage
craft contrib hr-other-binding "$T" "$CK" twob.kwbijdrage
poison P1-hr-other-binding twob.kwbijdrage
craft contrib wrap "$T" "$CK" wrap.kwbijdrage
poison P1-wrap wrap.kwbijdrage
craft contrib absent-value "$T" "$CK" absent.kwbijdrage
poison P1-absent-value absent.kwbijdrage
craft contrib hr-garbage "$T" "$CK" garbage.kwbijdrage
poison P1-hr-garbage garbage.kwbijdrage
"$PYTHON" -c 'import sys; b=bytearray(open(sys.argv[1],"rb").read()); b[500]^=0x10; open(sys.argv[2],"wb").write(b)' "$T" flip500.kwbijdrage
poison P1-flip-first flip500.kwbijdrage

# --- 5. Bad input to the custodian's inbox. ----------------------------------------------------
mkdir bad
head -c 1000 "$T" >bad/trunc.kwbijdrage
"$PYTHON" - "$T" bad <<'EOF'
import os, sys
sys.path.insert(0, os.environ["KW_PB"])
from kernwijzer.v1 import envelope_pb2 as E
src, d = sys.argv[1], sys.argv[2]
raw = open(src, "rb").read()
for off in (10, 2000):
    b = bytearray(raw); b[off] ^= 0x10; open(f"{d}/flip{off}.kwbijdrage", "wb").write(b)
e = E.Envelope(); e.ParseFromString(raw)
for v in (1, 3):
    e.format_version = v; open(f"{d}/v{v}.kwbijdrage", "wb").write(e.SerializeToString())
e.format_version = 2; e.kind = E.FILE_KIND_RELEASE
open(f"{d}/kind.kwbijdrage", "wb").write(e.SerializeToString())
open(f"{d}/big.kwbijdrage", "wb").write(raw + bytes(20000))
with open(f"{d}/huge.kwbijdrage", "wb") as f:
    f.truncate(300 << 20)
EOF
for f in bad/*.kwbijdrage; do
    inbox "5 inbox: $(basename "$f")" c0.sqlite "$f"
done
inbox "5 inbox: a release file" c0.sqlite "$R1"
mkdir -p loop/a loop/b && ln -s .. loop/a/up && ln -s ../a loop/b/side && ln -s ../b loop/a/back && cp "$T" loop/a/
inbox "5 inbox: a folder with symlink loops" c0.sqlite loop
mkfifo fifo.kwbijdrage
inbox "5 inbox: a FIFO" c0.sqlite fifo.kwbijdrage

# --- 2. The custodian bends a release (signed with its own key), HR imports. -------------------
craft newkey fake.kwsleutel
craft release resign "$R1" fake.kwsleutel r_fake.kwvrijgave
hr "2 release signed by a key HR made up" h0.sqlite r_fake.kwvrijgave
craft release resign "$R1" "$HK" r_hrkey.kwvrijgave
hr "2 release signed with HR's own key" h0.sqlite r_hrkey.kwvrijgave
for k in dup-id drop-hr swap-hr count unwithhold withheld-with-count unsorted extra-cell; do
    craft release $k "$R1" "$CK" r_$k.kwvrijgave
    hr "2 release 1: $k" h0.sqlite r_$k.kwvrijgave
done
# A sum beyond what honest values reach: HR withholds that one figure (impossible sum), the
# rest of the release counts; it must never show it.
craft release sum "$R1" "$CK" r_sum.kwvrijgave
cases=$((cases + 1))
cp h0.sqlite db.sqlite
if kw import --hr-db db.sqlite --key "$HK" r_sum.kwvrijgave --json >cmd.out 2>&1 \
    && grep -q '"impossibleSums":1' cmd.out \
    && kw report --hr-db db.sqlite --period "$PER" --json >rep.out 2>&1 \
    && grep -q '"impossible_sum"' rep.out; then
    pass "2 release 1: sum" "HR withheld the impossible figure, imported the rest"
else
    fail "2 release 1: sum" "$(head -c 300 cmd.out)"
fi
craft release drop-both "$R1" "$CK" r_drop.kwvrijgave "$HK"
hr "2 release 1: a contribution and its part dropped, counts kept" h0.sqlite r_drop.kwvrijgave
craft release number "$R1" "$CK" r_n2.kwvrijgave 2
hr "2 release 1 numbered 2" h0.sqlite r_n2.kwvrijgave
craft release period "$R1" "$CK" r_per.kwvrijgave 2026-2027/1of6
hr "2 release for another period (parts of this one)" h0.sqlite r_per.kwvrijgave
craft release school "$R1" "$CK" r_school.kwvrijgave other-school
hr "2 release for another school" h0.sqlite r_school.kwvrijgave
craft release version "$R1" "$CK" r_ver.kwvrijgave 7
hr "2 release for a profile version HR lacks" h0.sqlite r_ver.kwvrijgave
cases=$((cases + 1))
cp h1.sqlite db.sqlite
before=$(dump db.sqlite)
kw import --hr-db db.sqlite --key "$HK" "$R1" >cmd.out 2>&1
if grep -q "already imported" cmd.out && [ "$before" = "$(dump db.sqlite)" ]; then
    pass "2 replay of release 1 after release 1" "$(head -n1 cmd.out | cut -c1-140)"
else
    fail "2 replay of release 1 after release 1" "$(head -c 300 cmd.out)"
fi
craft release drop-both "$R2" "$CK" r2_drop.kwvrijgave "$HK"
hr "2 re-release with a contribution dropped" h1.sqlite r2_drop.kwvrijgave
craft release count "$R2" "$CK" r2_count.kwvrijgave
hr "2 re-release with a count changed" h1.sqlite r2_count.kwvrijgave
craft release dup-id "$R2" "$CK" r2_dup.kwvrijgave
hr "2 re-release listing an id twice" h1.sqlite r2_dup.kwvrijgave

# --- 5 (HR). Bad release files. ----------------------------------------------------------------
mkdir badr
head -c 3000 "$R2" >badr/trunc.kwvrijgave
"$PYTHON" - "$R2" badr <<'EOF'
import os, sys
sys.path.insert(0, os.environ["KW_PB"])
from kernwijzer.v1 import envelope_pb2 as E
src, d = sys.argv[1], sys.argv[2]
raw = open(src, "rb").read()
for off in (10, 5000, len(raw) - 100):
    b = bytearray(raw); b[off] ^= 0x10; open(f"{d}/flip{off}.kwvrijgave", "wb").write(b)
e = E.Envelope(); e.ParseFromString(raw)
for v in (1, 3):
    e.format_version = v; open(f"{d}/v{v}.kwvrijgave", "wb").write(e.SerializeToString())
e.format_version = 2; e.kind = E.FILE_KIND_CONTRIBUTION
open(f"{d}/kind.kwvrijgave", "wb").write(e.SerializeToString())
with open(f"{d}/huge.kwvrijgave", "wb") as f:
    f.truncate(300 << 20)
EOF
for f in badr/*.kwvrijgave; do
    hr "5 hr: $(basename "$f")" h1.sqlite "$f"
done
hr "5 hr: a contribution file" h1.sqlite "$T"
mkfifo fifo.kwvrijgave
cases=$((cases + 1))
cp h1.sqlite db.sqlite
timeout 10 "$CLI" import --hr-db db.sqlite --key "$HK" fifo.kwvrijgave >cmd.out 2>&1
rc=$?
if [ "$rc" -eq 124 ]; then
    fail H9-fifo "import --hr-db on a FIFO waits forever (killed after 10 s)"
else
    pass H9-fifo "exit $rc: $(head -c 150 cmd.out)"
fi

# --- Controls: the honest path still works. ---------------------------------------------------
cases=$((cases + 1))
cp h0.sqlite db.sqlite
if kw import --hr-db db.sqlite --key "$HK" "$R1" >cmd.out 2>&1 \
    && kw import --hr-db db.sqlite --key "$HK" "$R2" >>cmd.out 2>&1; then
    pass "control: releases 1 and 2 import" "$(grep -c stored cmd.out) lines stored"
else
    fail "control: releases 1 and 2 import" "$(head -c 300 cmd.out)"
fi

echo "$cases cases, $failures failed, $open_seen open, $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
