/**
 * Which inputs drive a scenario's cumulative deficit, year by year ({@code hnsim sensitivity}).
 *
 * <p>The estimators take plain arrays of model outputs and input values, so they are tested on
 * functions with published indices: Sobol first-order and total indices from a Saltelli design
 * with bootstrap intervals ({@link hnsim.sensitivity.SobolEstimator}), the Monte Carlo tornado
 * (the output's median when one input sits in its bottom or top decile) and tail drivers (which
 * inputs are over-represented among the trajectories above an output's P90).
 *
 * <p>The study ({@link hnsim.sensitivity.SensitivityStudy}) feeds them from the kernel: the
 * Saltelli matrices are catalogues of the scenario's inputs with some streams re-keyed
 * ({@link hnsim.sensitivity.SobolDesign}), replayed in parallel ({@code DesignRuns}); the
 * one-at-a-time tornado steps the model on the plan path ({@link hnsim.sensitivity.OneAtATime});
 * {@link hnsim.sensitivity.InputGroups} decides what counts as one input (user groups, a
 * correlation block). A study's design rows can be replayed range by range
 * ({@link hnsim.sensitivity.SensitivityStudy#replay}) and joined ({@link hnsim.sensitivity.DesignRows#join})
 * before the analysis, which is how the engine shards one. {@code hnsim.report.SensitivityOutputs}
 * writes the CSVs, charts and manifest. Depends on model, kernel and stats (rank regression,
 * intervals).
 */
package hnsim.sensitivity;
