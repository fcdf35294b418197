#!/usr/bin/env bash
# Fuzzes every exchange parser for SECONDS each (default 600: the "10 minutes each" bar), with
# AddressSanitizer and UBSan, starting from the seed corpus. Prints one line per target; a crash
# leaves its input in build-fuzz/tests/fuzz/<target>-crash-* and fails the script.
# Usage: bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
dir=build-fuzz/tests/fuzz
"$dir/make_corpus" "$dir/corpus"

status=0
for target in fuzz_envelope fuzz_profile fuzz_keys fuzz_contribution fuzz_handover fuzz_release \
    fuzz_aggregate fuzz_check fuzz_conversation fuzz_backup; do
  log=$dir/$target.log
  if "$dir/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -print_final_stats=1 -artifact_prefix="$dir/$target-" "$dir/corpus/$target" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log)"
    status=1
  fi
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
  echo "$target: ${seconds}s, ${runs:-?} inputs, ${rate:-?}/s: $result"
done
exit $status
