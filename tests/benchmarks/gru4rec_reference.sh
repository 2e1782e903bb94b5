#!/bin/sh
# Runs the official PyTorch GRU4Rec (hidasib/GRU4Rec_PyTorch_Official, a checkout given as $1) on the split
# that `bench_neural --export-reference DIR` wrote (train.tsv, test.tsv in DIR = $2), with the official
# RetailRocket parameters, on the CPU with 2 threads, and prints its epoch times (seconds, events/s) and
# Recall@20 / MRR@20 with conservative ties, for comparison with bench_neural's gru4rec figures.
# A peer tool for measurements only (Debian's python3-torch, python3-pandas, python3-joblib).
set -eu
repo=${1:?usage: gru4rec_reference.sh <GRU4Rec_PyTorch_Official checkout> <export dir> [n_epochs]}
dir=${2:?usage: gru4rec_reference.sh <GRU4Rec_PyTorch_Official checkout> <export dir> [n_epochs]}
epochs=${3:-10}
params="loss=bpr-max,constrained_embedding=True,embedding=0,elu_param=0.5,layers=224,n_epochs=$epochs,batch_size=80"
params="$params,dropout_p_embed=0.5,dropout_p_hidden=0.05,learning_rate=0.05,momentum=0.4,n_sample=2048,sample_alpha=0.4"
params="$params,bpreg=1.95,logq=0.0"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$repo"
OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 run.py "$dir/train.tsv" -ps "$params" \
    -t "$dir/test.tsv" -m 20 -e conservative -d cpu
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
