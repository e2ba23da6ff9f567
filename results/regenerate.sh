#!/usr/bin/env bash
# Regenerates the reference outputs of every shipped scenario, so a reader can see the tables,
# charts and report without running anything:
#
#   results/regenerate.sh
#
# For each scenarios/<name>.yaml it writes results/<name>/ (percentiles.csv, summary.json, the
# charts as PNG and SVG, report.html) from a run with the fixed seed and 10,000 trajectories.
# The numbers and charts are the same on any machine and thread count; only the run manifest's
# start time, wall time and thread count change between regenerations.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SEED=20210301
TRAJECTORIES=10000

for scenario in scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  echo "results/$name <- $scenario" >&2
  # Written beside and swapped in: the committed references are git's to keep, and may not
  # match their files.sha256 after a merge (or lack one), which --force rightly refuses.
  rm -rf "results/.$name.new"
  ./hnsim run "$scenario" --out "results/.$name.new" --seed "$SEED" -n "$TRAJECTORIES" --quiet
  rm -rf "results/$name"
  mv "results/.$name.new" "results/$name"
done
