/**
 * report.html: one self-contained page for a working group, with the key figures by year,
 * the charts embedded as inline SVG, the assumptions of the scenario and the run manifest. No
 * scripts, no fonts or styles from the network: it opens offline, by e-mail attachment, and
 * prints. Every piece of text that comes from a scenario file is escaped ({@link
 * hnsim.report.html.Html#escape}). Depends on {@code hnsim.report.chart}, {@code hnsim.stats}
 * and {@code hnsim.scenario}.
 */
package hnsim.report.html;
