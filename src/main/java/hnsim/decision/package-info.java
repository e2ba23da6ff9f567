/**
 * Decisions: what each option buys (paired differences on common random numbers), sweeps of a
 * scenario value and goal seek for a target, and the figures of the decision sheet. Computes
 * records only; {@code hnsim.report.decision} writes them. Depends on {@code hnsim.stats},
 * {@code hnsim.kernel} and {@code hnsim.scenario}.
 */
package hnsim.decision;
