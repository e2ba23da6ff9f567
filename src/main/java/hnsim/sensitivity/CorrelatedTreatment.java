package hnsim.sensitivity;

/**
 * How inputs tied by a correlation block enter a Sobol analysis, whose indices assume
 * independent inputs.
 */
public enum CorrelatedTreatment {
    /**
     * The block's members are one group, re-drawn together: the indices are the block's as a
     * whole, exact, but say nothing of each member alone. The default.
     */
    GROUP,
    /**
     * Each member is analysed through its own independent normal score, the draw the Gaussian
     * copula mixes (by the lower-triangular Cholesky factor, in the block's order): re-drawing
     * member j's score moves member j and, through the factor, the members after it. The scores
     * are independent, so the indices are valid, but they are indices of the scores: the first
     * member of the block carries the variance it shares with the later ones.
     */
    SCORES;

    public static CorrelatedTreatment parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "group" -> GROUP;
            case "scores" -> SCORES;
            default -> throw new IllegalArgumentException("--correlated must be group or scores, got '" + text + "'");
        };
    }
}
