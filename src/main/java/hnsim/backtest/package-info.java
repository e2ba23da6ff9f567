/**
 * Backtesting: where reported outturns fall in a run's distribution (their probability
 * integral transform), the coverage of the P10-P90 and P5-P95 ranges across many outturns, and
 * rolling a scenario forward to start from its latest outturn. Depends on {@code hnsim.stats},
 * {@code hnsim.model} and {@code hnsim.scenario}; read by {@code hnsim.report} and {@code hnsim.cli}.
 */
package hnsim.backtest;
