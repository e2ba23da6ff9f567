package hnsim.stats;

/**
 * How much one uncertain input drives the spread of an outcome.
 *
 * @param spearman rank correlation between the input and the outcome across trajectories
 * @param srrc standardised rank regression coefficient: the input's effect holding the others fixed
 * @param share the input's share of the explained rank variance, srrc^2 / sum of srrc^2
 */
public record Driver(String input, double spearman, double srrc, double share) {
}
