package hnsim.scenario;

import java.util.Locale;

/**
 * The school term in which places open, and the share of the financial year (April to March)
 * they are open in their first year.
 */
public enum Term {
    /** September: open seven months of the financial year. */
    AUTUMN(7.0 / 12),
    /** January: open three months. */
    SPRING(3.0 / 12),
    /** April: open the whole financial year. */
    SUMMER(1.0);

    private final double firstYearShare;

    Term(double firstYearShare) {
        this.firstYearShare = firstYearShare;
    }

    public double firstYearShare() {
        return firstYearShare;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
