#!/usr/bin/env bash
# Runs every JMH benchmark and writes results/benchmarks/jmh.json and summary.md.
# Usage: benchmarks/run.sh [JMH options, e.g. KernelBenchmark -p threads=1]
# Close other work first: benchmarks on shared cores are noisy; compare ratios from one run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
mkdir -p results/benchmarks
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -cp "$CP" org.openjdk.jmh.Main -rf json -rff results/benchmarks/jmh.json "${@:-hnsim.bench}"
java -cp "$CP" hnsim.bench.BenchmarkSummary results/benchmarks/jmh.json results/benchmarks/summary.md "$MACHINE"
cat results/benchmarks/summary.md
