#!/usr/bin/env bash
# Runs the Indexed Job of shards, waits for it, then the merge job.
set -euo pipefail
cd "$(dirname "$0")"
kubectl apply -f hnsim-shards.yaml
kubectl wait --for=condition=complete --timeout=24h job/hnsim-shards
kubectl apply -f hnsim-merge.yaml
kubectl wait --for=condition=complete --timeout=2h job/hnsim-merge
kubectl logs job/hnsim-merge | tail -n 5
