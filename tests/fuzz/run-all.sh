#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for a bounded time: tests/fuzz/run-all.sh [seconds per target]
# (default 60), as many targets at once as the machine has cores. New inputs go to build/fuzz/corpus/<target>/,
# never into the repository's seeds; a finding (crash, sanitizer report, leak, timeout) is written to
# build/fuzz/findings/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${VITRINA_FUZZ_BUILD:-build/fuzz}
mkdir -p "$build/findings"
targets=(events properties category_tree names project)
parallel=$(nproc 2>/dev/null || echo 1)

# One target: its log in build/fuzz/fuzz_<target>.log; exit status 1 on a finding.
fuzz_one() {
  local target=$1 work="$build/corpus/$1"
  mkdir -p "$work"
  local seeds=()
  if [ -d "tests/fuzz/corpus/$target" ]; then seeds=("tests/fuzz/corpus/$target"); fi
  if [ "$target" = project ] && [ ${#seeds[@]} -eq 0 ]; then # no seed kept yet: write one
    "$build/tests/fuzz/make_project_seed" "$work/small.vitrina"
  fi
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -print_final_stats=1 -dict="tests/fuzz/$target.dict" -artifact_prefix="$build/findings/$target-" \
      "$work" "${seeds[@]}" 2> "$build/fuzz_$target.log"
}

for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  echo "fuzz_$target: ${seconds} s" >&2
  rm -f "$build/fuzz_$target.status"
  (if fuzz_one "$target"; then echo ok; else echo failed; fi > "$build/fuzz_$target.status") &
done
wait
failed=()
for target in "${targets[@]}"; do
  if [ "$(cat "$build/fuzz_$target.status" 2>/dev/null)" != ok ]; then
    failed+=("$target")
    tail -n 60 "$build/fuzz_$target.log" >&2
  fi
  echo "fuzz_$target:" >&2
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build/fuzz_$target.log" >&2 || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in $build/findings/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed" >&2
