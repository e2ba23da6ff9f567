/**
 * The charts of a run, built with JFreeChart from the run's statistics and stored trajectories
 * and written as PNG (for pasting into papers) and SVG (for the HTML report): the fan charts
 * of the deficit, the histogram and exceedance curve of the final-year cumulative deficit, and
 * the comparison of options.
 *
 * <p>Each chart class builds its dataset separately from its {@link org.jfree.chart.JFreeChart},
 * so tests can check the numbers a chart shows without rendering it. Depends on
 * {@code hnsim.stats}, {@code hnsim.kernel} (the trajectory store), {@code hnsim.model} (the
 * central path) and {@code hnsim.scenario}; knows nothing of files other than its own.
 */
package hnsim.report.chart;
