package hnsim.stats;

import java.util.List;

/** The percentiles every table reports, in the order of the output contract's columns. */
public final class Percentiles {
    public static final List<Integer> LEVELS = List.of(5, 10, 25, 50, 75, 90, 95);

    private Percentiles() {
    }

    /** The column name of a level, e.g. {@code p90}. */
    public static String column(int level) {
        return "p" + level;
    }
}
