package hnsim.model;

/**
 * The per-year outputs of a trajectory, in the order of the output contract. Money in pounds,
 * placements in pupils. Positive deficits are overspends.
 */
public enum Metric {
    PLACEMENTS("placements", false),
    GROSS_COST("gross_cost", true),
    SAVINGS("savings", true),
    NET_COST("net_cost", true),
    FUNDING("funding", true),
    TRANSFER("transfer", true),
    IN_YEAR_DEFICIT("in_year_deficit", true),
    CUMULATIVE_DEFICIT("cumulative_deficit", true),
    /** The High Needs Block grant alone: the first line of the DSG management plan's funding. */
    HNB_GRANT("hnb_grant", true),
    /** Income beside the grant and the transfers (one-off grants, contributions). */
    OTHER_INCOME("other_income", true);

    public static final int COUNT = values().length;

    private final String key;
    private final boolean money;

    Metric(String key, boolean money) {
        this.key = key;
        this.money = money;
    }

    /** The name used in output files, e.g. {@code cumulative_deficit}. */
    public String key() {
        return key;
    }

    public boolean isMoney() {
        return money;
    }

    public static Metric byKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric '" + key + "'");
    }
}
