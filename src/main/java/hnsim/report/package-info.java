/**
 * Output of a run: percentiles.csv, summary.json with the run manifest, the console table,
 * charts and the HTML report, all written through {@link hnsim.report.OutputDirectory} so
 * a run either leaves a complete directory or none. Depends on {@code hnsim.stats} and below.
 */
package hnsim.report;
