package hnsim.scenario;

/**
 * The probability of a yes/no event (a transfer approved, a workstream slipping, an inflation
 * shock) and the probability the plan assumes, used by {@code --deterministic}: by default the
 * same, so the deterministic path carries the event's expected effect. {@code source} is the
 * label the file gives the assumption, or null.
 */
public record Chance(double probability, double plan, String source) {
    public Chance {
        if (!(probability >= 0 && probability <= 1) || !(plan >= 0 && plan <= 1)) {
            throw new IllegalArgumentException("probabilities must lie in [0, 1]");
        }
    }

    /** A chance without a stated source. */
    public Chance(double probability, double plan) {
        this(probability, plan, null);
    }

    public static Chance of(double probability) {
        return new Chance(probability, probability);
    }

    public boolean isCertain() {
        return (probability == 0 || probability == 1) && plan == probability;
    }
}
