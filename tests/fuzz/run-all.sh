#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for a bounded time: tests/fuzz/run-all.sh [seconds per target]
# (default 60). New inputs go to build/fuzz/corpus/<target>/, never into the repository's seeds; a finding
# (crash, sanitizer report, leak, timeout) is written to build/fuzz/findings/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz
mkdir -p "$build/findings"
failed=()
targets=(events properties category_tree names project)
for target in "${targets[@]}"; do
  work="$build/corpus/$target"
  mkdir -p "$work"
  seeds=()
  if [ -d "tests/fuzz/corpus/$target" ]; then seeds=("tests/fuzz/corpus/$target"); fi
  if [ "$target" = project ] && [ ${#seeds[@]} -eq 0 ]; then # no seed kept yet: write one
    "$build/tests/fuzz/make_project_seed" "$work/small.vitrina"
  fi
  echo "fuzz_$target: ${seconds} s" >&2
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -print_final_stats=1 -dict="tests/fuzz/$target.dict" -artifact_prefix="$build/findings/$target-" \
      "$work" "${seeds[@]}" 2> "$build/fuzz_$target.log"; then
    failed+=("$target")
    tail -n 60 "$build/fuzz_$target.log" >&2
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build/fuzz_$target.log" >&2 || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in $build/findings/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed" >&2
