/**
 * Variance-based and one-at-a-time sensitivity measures of a Monte Carlo output: Sobol first-order
 * and total indices from a Saltelli design with bootstrap intervals, the Monte Carlo tornado
 * (the output's median when one input sits in its bottom or top decile) and tail drivers (which
 * inputs are over-represented among the trajectories above an output's P90). The estimators
 * take plain arrays of model outputs and input values, so they are tested on functions with
 * published indices; how the kernel produces those arrays lives elsewhere.
 * Depends on {@code hnsim.stats} (intervals) and commons-rng (bootstrap resampling) only.
 */
package hnsim.sensitivity;
