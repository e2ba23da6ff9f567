/**
 * The Monte Carlo kernel: draws the inputs of N trajectories from per-trajectory, per-input
 * random streams and steps the budget model over them in parallel blocks, storing each
 * trajectory's yearly metrics. Results depend only on (scenario, seed, trajectory index),
 * never on the thread count. Correlated inputs are drawn together by a Gaussian copula
 * ({@code CorrelatedInputs}), each still from its own stream; Latin hypercube sampling
 * ({@link hnsim.kernel.Sampling}) stratifies once-per-trajectory events within each fixed block.
 * Depends on {@code hnsim.model}, {@code hnsim.scenario} and
 * {@code hnsim.dist}; knows nothing of YAML, charts or the command line.
 */
package hnsim.kernel;
