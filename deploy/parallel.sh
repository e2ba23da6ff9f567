#!/usr/bin/env bash
# A sharded run on one large machine, with GNU parallel or xargs (one line each):
#
#   parallel -j 8 ./hnsim run SCENARIO -n 1e8 --seed 1 --threads 1 --quiet --shard {}/32 --out runs/r/shard-{} ::: $(seq 0 31) && ./hnsim merge runs/r/shard-* --out runs/r/merged
#   seq 0 31 | xargs -P 8 -I{} ./hnsim run SCENARIO -n 1e8 --seed 1 --threads 1 --quiet --shard {}/32 --out runs/r/shard-{} && ./hnsim merge runs/r/shard-* --out runs/r/merged
#
# This script is the xargs line with arguments:  deploy/parallel.sh SCENARIO N SEED RUN_DIR [K] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIO="${1:?usage: $0 SCENARIO N SEED RUN_DIR [K] [JOBS]}"; N="${2:?N}"; SEED="${3:?SEED}"; RUN_DIR="${4:?RUN_DIR}"
K="${5:-32}"; JOBS="${6:-$(nproc)}"
./hnsim --version > /dev/null   # builds the jar once, before the parallel jobs start
seq 0 $((K - 1)) | xargs -P "$JOBS" -I{} ./hnsim run "$SCENARIO" -n "$N" --seed "$SEED" --threads 1 --quiet \
  --shard {}/"$K" --out "$RUN_DIR/shard-{}" --force
./hnsim merge "$RUN_DIR"/shard-* --out "$RUN_DIR/merged" --force
