#!/usr/bin/env bash
# Runs every benchmark once on a small generated dataset, so that a broken benchmark fails the test suite
# (CTest test `benchmarks_smoke`). The timings of this run mean nothing: the reported figures come from runs on
# the generator's full-size output (see each benchmark's header comment).
#   tests/benchmarks/smoke.sh <build dir>
set -euo pipefail
build=$1
bench=$build/tests/benchmarks
cli=$build/app/vitrina-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # a benchmark must exit 0 and print its JSON document
  local name=$1
  shift
  echo "== $name $*" >&2
  local started=$(date +%s)
  "$bench/$name" "$@" > "$work/$name.json"
  if [ ! -s "$work/$name.json" ] || ! grep -q '{' "$work/$name.json"; then
    echo "$name printed no JSON document" >&2
    exit 1
  fi
  echo "   ok, $(( $(date +%s) - started )) s" >&2
}

run bench_generator --scale 0.003 --seed 11 --threads 2 -o "$work/data"
"$cli" import "$work/data" -o "$work/small.vitrina" > /dev/null
run bench_import "$work/data/events.csv" "$work/data/item_properties_part1.csv" --runs 1 --threads 2
run bench_store "$work/data/events.csv" --runs 1 --out "$work/store.vitrina"
run bench_funnel "$work/small.vitrina" --runs 1
run bench_stats --lists 2000 --runs 1 --threads 2
run bench_eval "$work/small.vitrina" --models popular,itemknn --modes static --threads 2
run bench_knn "$work/data" --queries 50 --threads 2
run bench_mf "$work/data" --models als,bpr,ease --queries 50 --threads 2 --param als.iterations=2 \
  --param bpr.epochs=2 --param ease.items=500
run bench_model_store "$work/small.vitrina" --runs 1 --threads 2 --scratch "$work/scratch"
run bench_whatif "$work/small.vitrina" --models popular,itemknn --visitors 5 --events 2 --threads 2
run bench_abtest "$work/small.vitrina" --days 3 --threads 2 --replay-only
"$cli" bench "$work/data" --pipeline --threads 2 --models popular,itemknn --scratch "$work" > "$work/pipeline.json"
grep -q '"ok": *true\|"ok":true' "$work/pipeline.json" || { echo "bench --pipeline failed" >&2; exit 1; }
run bench_neural "$work/small.vitrina" --threads 2 --parts gru4rec,sasrec --param gru4rec.n_epochs=1 \
  --param gru4rec.layers=16 --param gru4rec.n_sample=64 --param sasrec.num_epochs=1 --param sasrec.hidden_units=16
if [ -x "$bench/bench_gui_stall" ]; then
  QT_QPA_PLATFORM=offscreen run bench_gui_stall "$work/data" --threads 2
  QT_QPA_PLATFORM=offscreen run bench_gui_pipeline "$work/data" --threads 2 --models popular,recent,itemknn
fi
echo "every benchmark ran" >&2
