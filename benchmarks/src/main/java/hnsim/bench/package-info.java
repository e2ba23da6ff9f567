/**
 * JMH benchmarks of the kernel, its samplers and the statistics step. Run them all with
 * {@code benchmarks/run.sh}, which writes results/benchmarks/jmh.json and summary.md.
 */
package hnsim.bench;
