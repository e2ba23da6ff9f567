/**
 * Statistics of a run. The kernel's trajectories are folded into mergeable
 * {@link hnsim.stats.RunAggregates} (every value, {@link hnsim.stats.ExactAggregates}, or
 * DDSketches with moments, {@link hnsim.stats.SketchAggregates}; both with exact threshold
 * counts), laid out by metric name ({@link hnsim.stats.AggregateLayout}). One
 * {@link hnsim.stats.Summariser} turns either into the tables every output reads: per option,
 * metric and year the mean and percentiles with 95% confidence intervals, exceedance
 * probabilities of deficit thresholds and the year a threshold is first breached. Returns
 * records; formatting is the report layer's job. Depends on {@code hnsim.kernel} and
 * {@code hnsim.model}.
 */
package hnsim.stats;
