#!/usr/bin/env bash
# Runs the JMH benchmarks and writes jmh.json and summary.md.
# Usage: benchmarks/run.sh                      all benchmarks -> results/benchmarks/ (the committed summary)
#        benchmarks/run.sh KernelBenchmark ...  a partial run (any JMH options) -> target/benchmarks/,
#                                               so it never overwrites the full run's summary
# Close other work first: benchmarks on shared cores are noisy; compare ratios from one run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
if [ $# -eq 0 ]; then
  OUT=results/benchmarks
  NOTE=()
else
  OUT=target/benchmarks
  NOTE=("benchmarks/run.sh $*")
fi
mkdir -p "$OUT"
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# Every benchmark: those of hnsim.bench and the draw floor, which lives in the kernel's package.
java -cp "$CP" org.openjdk.jmh.Main -rf json -rff "$OUT/jmh.json" "${@:-hnsim.bench|hnsim.kernel.DrawFloorBenchmark}"
java -cp "$CP" hnsim.bench.BenchmarkSummary "$OUT/jmh.json" "$OUT/summary.md" "$MACHINE" ${NOTE[@]+"${NOTE[@]}"}
cat "$OUT/summary.md"
if [ $# -gt 0 ]; then
  echo "benchmarks/run.sh: a partial run; results in $OUT/ (results/benchmarks/ keeps the full run)" >&2
fi
