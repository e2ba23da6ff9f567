/**
 * The Monte Carlo kernel: draws the inputs of N trajectories from per-trajectory, per-input
 * random streams, as each scenario's {@link hnsim.model.InputCatalogue} declares them, and steps
 * the budget model of every option over them in parallel blocks, sending each trajectory's
 * yearly metrics to a {@link hnsim.kernel.ResultSink}. Each trajectory's inputs are drawn once
 * for all options; an option that changes an input draws only that input again. Results
 * depend only on (scenario, seed, trajectory index), never on the thread count. Correlated inputs are drawn together by a Gaussian copula
 * ({@code CorrelatedInputs}), each still from its own stream; Latin hypercube sampling
 * ({@link hnsim.kernel.Sampling}) stratifies once-per-trajectory events within each fixed block.
 * Depends on {@code hnsim.model}, {@code hnsim.scenario} and
 * {@code hnsim.dist}; knows nothing of YAML, charts or the command line.
 */
package hnsim.kernel;
