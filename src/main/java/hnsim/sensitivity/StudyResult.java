package hnsim.sensitivity;

import hnsim.stats.Driver;
import java.util.List;

/**
 * The findings of a sensitivity study of the cumulative deficit, by year (lists indexed by year,
 * empty when the method was not asked for).
 *
 * @param years the financial years' labels
 * @param inputs the catalogue paths of the inputs that vary, in catalogue order
 * @param groups the Sobol analysis's inputs (groups and single inputs)
 * @param drivers rank regression drivers by year, largest share first
 * @param oneAtATime the one-at-a-time tornado by year, longest bar first
 * @param monteCarlo the Monte Carlo tornado by year, longest bar first
 * @param sobol Sobol indices by year, in the order of {@code groups}
 * @param sobolEvaluations model evaluations (trajectories) of the Saltelli design: N x (k + 2)
 * @param tailThreshold the final year's P90 cumulative deficit, above which the tail drivers look
 * @param tail the tail drivers of the final year's cumulative deficit, strongest first
 */
public record StudyResult(List<String> years, List<String> inputs, List<InputGroup> groups,
                          List<List<Driver>> drivers, List<List<TornadoBar>> oneAtATime,
                          List<List<TornadoBar>> monteCarlo, List<List<SobolIndex>> sobol,
                          long sobolEvaluations, double tailThreshold, List<TailDriver> tail, long wallTimeMillis) {
    public int lastYear() {
        return years.size() - 1;
    }
}
