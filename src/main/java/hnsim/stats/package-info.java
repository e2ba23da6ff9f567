/**
 * Statistics of a run: per option, metric and year the mean and percentiles with 95%
 * confidence intervals, exceedance probabilities of deficit thresholds and the year a
 * threshold is first breached. Returns records; formatting is the report layer's job.
 * Depends on {@code hnsim.kernel} and {@code hnsim.model}.
 */
package hnsim.stats;
