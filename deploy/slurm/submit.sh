#!/usr/bin/env bash
# Submits a sharded hnsim run to Slurm: K array tasks, then the merge once all have succeeded.
#
#   deploy/slurm/submit.sh SCENARIO N SEED RUN_DIR [K]      (K defaults to 32)
#
# e.g. deploy/slurm/submit.sh scenarios/leicestershire-2022-outlook.yaml 1e8 20210301 runs/outlook-1e8
set -euo pipefail
cd "$(dirname "$0")/../.."
SCENARIO="${1:?usage: $0 SCENARIO N SEED RUN_DIR [K]}"; N="${2:?N}"; SEED="${3:?SEED}"; RUN_DIR="${4:?RUN_DIR}"
K="${5:-32}"
mvn -B -q -DskipTests package   # build once, before the tasks start
mkdir -p "$RUN_DIR"
ARRAY=$(sbatch --parsable --array="0-$((K - 1))" deploy/slurm/hnsim-shard.sbatch "$SCENARIO" "$N" "$SEED" "$RUN_DIR")
MERGE=$(sbatch --parsable --dependency="afterok:${ARRAY%%;*}" deploy/slurm/hnsim-merge.sbatch "$RUN_DIR")
echo "shards: job $ARRAY (array 0-$((K - 1))), merge: job $MERGE -> $RUN_DIR/merged"
