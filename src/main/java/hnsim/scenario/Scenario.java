package hnsim.scenario;

import java.util.List;

/**
 * A validated budget scenario: everything the model needs, in pounds, pupils and fractions.
 * Per-year lists always hold exactly {@code years} entries.
 *
 * @param correlation rank correlations between yearly inputs ({@link Correlation#NONE} for none)
 * @param flows placements as stocks and flows, or null for today's demand-by-growth model
 * @param programme capacity programme: places opening by type, term and year
 * @param rules policy rules ({@link Rules#NONE} for none)
 */
public record Scenario(String name, String description, FinancialYear firstYear, int years,
                       double openingDeficitGbp, List<Placement> placements, Inflation inflation,
                       Funding funding, List<Transfer> transfers, List<Workstream> workstreams,
                       List<Double> thresholdsGbp, Correlation correlation, Flows flows, List<Opening> programme,
                       Rules rules) {
    public Scenario {
        placements = List.copyOf(placements);
        transfers = List.copyOf(transfers);
        workstreams = List.copyOf(workstreams);
        thresholdsGbp = List.copyOf(thresholdsGbp);
        correlation = correlation == null ? Correlation.NONE : correlation;
        programme = programme == null ? List.of() : List.copyOf(programme);
        rules = rules == null ? Rules.NONE : rules;
    }

    /** A scenario without flows, programme or rules. */
    public Scenario(String name, String description, FinancialYear firstYear, int years, double openingDeficitGbp,
                    List<Placement> placements, Inflation inflation, Funding funding, List<Transfer> transfers,
                    List<Workstream> workstreams, List<Double> thresholdsGbp, Correlation correlation) {
        this(name, description, firstYear, years, openingDeficitGbp, placements, inflation, funding, transfers,
                workstreams, thresholdsGbp, correlation, null, List.of(), Rules.NONE);
    }

    /** True when placements are stocks and flows. */
    public boolean hasFlows() {
        return flows != null;
    }

    /** A scenario whose inputs are uncorrelated. */
    public Scenario(String name, String description, FinancialYear firstYear, int years, double openingDeficitGbp,
                    List<Placement> placements, Inflation inflation, Funding funding, List<Transfer> transfers,
                    List<Workstream> workstreams, List<Double> thresholdsGbp) {
        this(name, description, firstYear, years, openingDeficitGbp, placements, inflation, funding, transfers,
                workstreams, thresholdsGbp, Correlation.NONE);
    }

    /**
     * The same scenario with no savings: every workstream keeps its inputs (delivery, slip), so
     * its draws, but saves nothing. The DSG management plan's unmitigated forecast.
     */
    public Scenario withoutSavings() {
        return new Scenario(name, description, firstYear, years, openingDeficitGbp, placements, inflation, funding,
                transfers, workstreams.stream().map(Workstream::withoutSavings).toList(), thresholdsGbp, correlation,
                flows, programme, rules);
    }

    /**
     * Everything a trajectory's pupils and gross costs depend on: the years, the placement types
     * (counts, unit costs, growth, inflation, capacity), general inflation and its shock, the
     * correlation, flows and the capacity programme. Funding, transfers, savings and rules come
     * after the costs and never reach them. Two scenarios with equal parts have the same demand
     * and cost inputs, drawn from the same streams, so the same pupils and costs in every
     * trajectory, whatever their finances.
     */
    public DemandAndCosts demandAndCosts() {
        return new DemandAndCosts(firstYear, years, placements, inflation, correlation, flows, programme);
    }

    /** The parts of a scenario its pupils and gross costs depend on ({@link #demandAndCosts()}). */
    public record DemandAndCosts(FinancialYear firstYear, int years, List<Placement> placements, Inflation inflation,
                                 Correlation correlation, Flows flows, List<Opening> programme) {
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
