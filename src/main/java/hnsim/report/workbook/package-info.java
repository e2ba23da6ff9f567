/**
 * workbook.xlsx: a run in the shape of the DfE's DSG management plan template, for finance
 * officers who work in Excel. Sheets read the run's summary tables by metric <em>name</em>, so
 * metrics by placement type or workstream appear as rows when a run has them. Numbers are
 * stored as numbers (money in £m with a £m format), never as text. Depends on
 * {@code hnsim.report} (figures), {@code hnsim.report.chart} (the plan path), {@code hnsim.backtest},
 * {@code hnsim.stats} and {@code hnsim.scenario}; writes with Apache POI.
 */
package hnsim.report.workbook;
