/**
 * Runs scenario files: the one place that orchestrates the kernel and the statistics, called
 * by the command line (and by anything else that needs a run).
 *
 * <p>A run is a pure function of (scenario, seed, trajectory range) into mergeable aggregates:
 * <ul>
 *   <li>{@link hnsim.engine.Engine#simulate} runs trajectories [from, to) of a run of N into
 *       {@link hnsim.stats.RunAggregates} (exact values or sketches, chosen by
 *       {@link hnsim.engine.Engine#method});</li>
 *   <li>{@link hnsim.stats.RunAggregates#merge} joins adjacent ranges (associative; in exact
 *       mode merge of parts = the whole, value for value);</li>
 *   <li>{@link hnsim.engine.Engine#summarise} turns the aggregates of [0, N) into the tables
 *       every output reads ({@link hnsim.stats.SimulationResult});</li>
 *   <li>{@link hnsim.engine.Engine#run} does both for [0, N); {@link hnsim.engine.Engine#runToPrecision}
 *       continues round by round, simulating only the next range, until a precision target is
 *       met;</li>
 *   <li>{@link hnsim.engine.Shards} writes one range as a shard file ({@link hnsim.engine.ShardFile},
 *       format in docs/shard-format.md) and merges shard directories back into the whole run.</li>
 *   <li>{@link hnsim.engine.Engine#study} runs the sensitivity study beside a run ({@code run --sensitivity},
 *       {@link hnsim.engine.SensitivityRequest}); {@link hnsim.engine.SensitivityShards} splits a
 *       study's design rows into shards ({@link hnsim.engine.SensitivityShardFile}) and merges them.</li>
 * </ul>
 * Trajectory i draws from streams keyed by (seed, i) (and, under Latin hypercube sampling, by its
 * fixed block i / 2048), so neither the thread count nor where a run is split changes a number.
 * Depends on {@code hnsim.kernel}, {@code hnsim.stats}, {@code hnsim.scenario} and {@code hnsim.sensitivity}.
 */
package hnsim.engine;
