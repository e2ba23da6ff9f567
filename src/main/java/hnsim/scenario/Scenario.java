package hnsim.scenario;

import java.util.List;

/**
 * A validated budget scenario: everything the model needs, in pounds, pupils and fractions.
 * Per-year lists always hold exactly {@code years} entries.
 *
 * @param correlation rank correlations between yearly inputs ({@link Correlation#NONE} for none)
 */
public record Scenario(String name, String description, FinancialYear firstYear, int years,
                       double openingDeficitGbp, List<Placement> placements, Inflation inflation,
                       Funding funding, List<Transfer> transfers, List<Workstream> workstreams,
                       List<Double> thresholdsGbp, Correlation correlation) {
    public Scenario {
        placements = List.copyOf(placements);
        transfers = List.copyOf(transfers);
        workstreams = List.copyOf(workstreams);
        thresholdsGbp = List.copyOf(thresholdsGbp);
        correlation = correlation == null ? Correlation.NONE : correlation;
    }

    /** A scenario whose inputs are uncorrelated. */
    public Scenario(String name, String description, FinancialYear firstYear, int years, double openingDeficitGbp,
                    List<Placement> placements, Inflation inflation, Funding funding, List<Transfer> transfers,
                    List<Workstream> workstreams, List<Double> thresholdsGbp) {
        this(name, description, firstYear, years, openingDeficitGbp, placements, inflation, funding, transfers,
                workstreams, thresholdsGbp, Correlation.NONE);
    }

    public FinancialYear year(int index) {
        return firstYear.plus(index);
    }

    public int placementIndex(String placementName) {
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).name().equals(placementName)) {
                return i;
            }
        }
        return -1;
    }
}
