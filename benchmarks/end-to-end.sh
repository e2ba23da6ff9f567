#!/usr/bin/env bash
# End-to-end timing of `./hnsim run`, process start to exit, as a user waits for it.
#
# Runs the 2021 scenario as it was when the engine's speed targets were set (kept unchanged in
# benchmarks/fixtures/, without its options, like the reference NumPy implementation) at
# 10^6 trajectories on 1 and 2 threads, REPS times each (default 3), and writes the medians to
# results/benchmarks/end-to-end.md and end-to-end.csv, with:
#   - jvm start: `java -jar hnsim-all.jar --version` (JVM start, class loading, picocli);
#   - simulation + statistics: the run's own wall time (summary.json wallTimeMillis: the
#     kernel, the statistics and the sensitivity replay), split into the simulation (the
#     kernel, as the run prints it) and the statistics with the drivers (the rest of it);
#   - the rest: loading the scenario, writing the files, charts and report, JVM exit.
# Needs only bash and the JDK (the jar is built by ./hnsim on first use). The machine's load
# is recorded: on shared cores, compare numbers from one run of this script, not across runs.
#
# Usage: benchmarks/end-to-end.sh [REPS] [TRAJECTORIES]
set -euo pipefail
cd "$(dirname "$0")/.."
REPS="${1:-3}"
N="${2:-1e6}"
FIXTURE=benchmarks/fixtures/leicestershire-2021-mtfs-base.yaml
OUT_DIR=results/benchmarks
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT_DIR"

./hnsim --version > /dev/null   # builds the jar if needed, outside the timings
# One small run outside the timings: after a build it records the launcher's class-data sharing
# archive (target/hnsim.jsa), so the timed runs are the ones a user gets from then on.
./hnsim run "$FIXTURE" -n 1000 --quiet --out "$WORK/warm-up" > /dev/null
CDS="off"
if [ "${HNSIM_CDS:-on}" != off ] && [ -f target/hnsim.jsa ]; then CDS="on (target/hnsim.jsa)"; fi

# Bash's own `time`: wall, user and system seconds of the command and its children.
TIMEFORMAT='%R %U %S'
timed() { { time "$@" > "$WORK/stdout" 2> "$WORK/stderr"; } 2>&1; }
ms() { awk -v s="$1" 'BEGIN {printf "%d", s * 1000}'; }
cpu_ms() { awk -v u="$1" -v s="$2" 'BEGIN {printf "%d", (u + s) * 1000}'; }

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
start_runs=(); start_cpu=()
for _ in $(seq "$REPS"); do
  read -r real user sys < <(timed ./hnsim --version)
  start_runs+=("$(ms "$real")"); start_cpu+=("$(cpu_ms "$user" "$sys")")
done
JVM_START=$(printf '%s\n' "${start_runs[@]}" | median)
JVM_START_CPU=$(printf '%s\n' "${start_cpu[@]}" | median)

CSV="$OUT_DIR/end-to-end.csv"
echo "threads,repetition,end_to_end_ms,cpu_ms,simulation_and_statistics_ms,simulation_ms" > "$CSV"
declare -A TOTAL SIM CPU KERNEL
for threads in 1 2; do
  totals=(); sims=(); cpus=(); kernels=()
  for rep in $(seq "$REPS"); do
    out="$WORK/run-$threads-$rep"
    # Not --quiet: the run's closing line gives the simulation's own time.
    read -r real user sys < <(timed ./hnsim run "$FIXTURE" -n "$N" --threads "$threads" --out "$out")
    if [ ! -f "$out/summary.json" ]; then
      echo "end-to-end.sh: the run failed:" >&2; cat "$WORK/stderr" >&2; exit 1
    fi
    total=$(ms "$real"); cpu=$(cpu_ms "$user" "$sys")
    sim=$(grep -o '"wallTimeMillis" *: *[0-9]*' "$out/summary.json" | grep -o '[0-9]*$')
    kernel=$(ms "$(grep -o '(simulation [0-9.]* s' "$WORK/stdout" | grep -o '[0-9.]*')")
    totals+=("$total"); sims+=("$sim"); cpus+=("$cpu"); kernels+=("$kernel")
    echo "$threads,$rep,$total,$cpu,$sim,$kernel" >> "$CSV"
    echo "threads $threads, run $rep: $total ms end to end ($cpu ms CPU), $sim ms simulation + statistics ($kernel ms simulation)" >&2
  done
  TOTAL[$threads]=$(printf '%s\n' "${totals[@]}" | median)
  SIM[$threads]=$(printf '%s\n' "${sims[@]}" | median)
  CPU[$threads]=$(printf '%s\n' "${cpus[@]}" | median)
  KERNEL[$threads]=$(printf '%s\n' "${kernels[@]}" | median)
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

secs() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; }
{
  echo "# hnsim end to end"
  echo
  echo "\`benchmarks/end-to-end.sh $REPS $N\` on $(date -u +%Y-%m-%d), $(nproc) cores,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("${JAVA:-java}" -version 2>&1 | head -1)."
  echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER. Medians of $REPS runs;"
  echo "every run in \`end-to-end.csv\`."
  echo
  echo "Scenario: \`$FIXTURE\` (the 2021 MTFS without options), $N trajectories x 4 years."
  echo "Class-data sharing archive: $CDS."
  echo
  echo "| | end to end (s) | CPU, user + system (s) | jvm start (s) | simulation + statistics (s) | simulation (s) | statistics and drivers (s) | load, output, exit (s) |"
  echo "|---|---|---|---|---|---|---|---|"
  for threads in 1 2; do
    rest=$((TOTAL[$threads] - JVM_START - SIM[$threads]))
    statistics=$((SIM[$threads] - KERNEL[$threads]))
    echo "| \`--threads $threads\` | $(secs "${TOTAL[$threads]}") | $(secs "${CPU[$threads]}") | $(secs "$JVM_START") | $(secs "${SIM[$threads]}") | $(secs "${KERNEL[$threads]}") | $(secs "$statistics") | $(secs "$rest") |"
  done
  echo
  echo "jvm start: \`./hnsim --version\` ($(secs "$JVM_START_CPU") s CPU). simulation + statistics: the run's"
  echo "\`wallTimeMillis\` (kernel, statistics, sensitivity replay); simulation: the kernel's time as the"
  echo "run prints it; statistics and drivers: the rest of the run's time (medians of each column"
  echo "taken on their own, so the columns need not add up exactly). The rest: reading the scenario,"
  echo "writing CSV, JSON, charts and report, and JVM exit. CPU is the whole process tree's user +"
  echo "system time (JIT compiler and garbage collector included): on a loaded machine it moves less"
  echo "than wall time."
} > "$OUT_DIR/end-to-end.md"
cat "$OUT_DIR/end-to-end.md"
