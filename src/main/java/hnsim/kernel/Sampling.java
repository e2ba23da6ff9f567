package hnsim.kernel;

import java.util.Locale;

/** How the kernel draws the inputs that are drawn once per trajectory. */
public enum Sampling {
    /** Plain Monte Carlo: every trajectory draws independently. */
    MONTE_CARLO("mc", "monte-carlo"),
    /**
     * Latin hypercube sampling of the inputs drawn once per trajectory (transfer approvals,
     * workstream slips), stratified within each fixed block of {@link RunSettings#BLOCK}
     * trajectories; trajectory i's draws still depend only on (seed, i).
     */
    LATIN_HYPERCUBE("lhs", "latin-hypercube");

    private final String option;
    private final String manifestName;

    Sampling(String option, String manifestName) {
        this.option = option;
        this.manifestName = manifestName;
    }

    /** The value of {@code --sampling}: {@code mc} or {@code lhs}. */
    public String option() {
        return option;
    }

    /** The name recorded in the run manifest, e.g. {@code latin-hypercube}. */
    public String manifestName() {
        return manifestName;
    }

    public static Sampling parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Sampling s : values()) {
            if (s.option.equals(t) || s.manifestName.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sampling method '" + text + "'; expected mc (plain Monte Carlo)"
                + " or lhs (Latin hypercube)");
    }
}
