package hnsim.model;

import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.List;

/**
 * The High Needs Block budget of one trajectory, stepped year by year.
 *
 * <p>In each modelled year: demand for every placement type grows by its growth rate; where a
 * type has a capacity, the demand above it is placed in its overflow type instead; unit costs
 * grow by inflation; gross cost is placements times unit cost; savings are each workstream's
 * target (shifted later if it slipped) times the fraction delivered; funding is the grant
 * (grown by its rate) plus approved schools-block transfers plus other income; the in-year
 * deficit is net cost minus funding and accumulates onto the opening deficit.
 *
 * <p>Base-year values (counts, unit costs, grant, Schools Block) are those of the year before
 * the first modelled year, so every modelled year applies its own growth.
 */
public final class BudgetModel {
    private final Scenario scenario;
    private final int types;
    private final double[] baseCount;
    private final double[] baseUnitCost;
    private final int[] overflowTarget;
    private final double[][] capacity;
    private final double[][] targets;
    private final int[] slipYears;
    private final int[] transferYear;
    private final double[] transferRate;
    private final double[] transferAmount;

    public BudgetModel(Scenario scenario) {
        this.scenario = scenario;
        this.types = scenario.placements().size();
        int years = scenario.years();
        overflowTarget = new int[types];
        capacity = new double[types][];
        baseCount = new double[types];
        baseUnitCost = new double[types];
        for (int p = 0; p < types; p++) {
            Placement placement = scenario.placements().get(p);
            baseCount[p] = placement.baseCount();
            baseUnitCost[p] = placement.baseUnitCostGbp();
            overflowTarget[p] = placement.overflow() == null ? -1 : scenario.placementIndex(placement.overflow());
            if (placement.capacityPupils() != null) {
                capacity[p] = placement.capacityPupils().stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        int workstreams = scenario.workstreams().size();
        targets = new double[workstreams][years];
        slipYears = new int[workstreams];
        for (int w = 0; w < workstreams; w++) {
            Workstream ws = scenario.workstreams().get(w);
            targets[w] = ws.targetGbp().stream().mapToDouble(Double::doubleValue).toArray();
            slipYears[w] = ws.slipYears();
        }
        int transfers = scenario.transfers().size();
        transferYear = new int[transfers];
        transferRate = new double[transfers];
        transferAmount = new double[transfers];
        for (int k = 0; k < transfers; k++) {
            Transfer t = scenario.transfers().get(k);
            transferYear[k] = t.yearIndex();
            transferRate[k] = t.rate();
            transferAmount[k] = t.amountGbp();
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The state before the first modelled year. */
    public TrajectoryState start() {
        TrajectoryState state = new TrajectoryState(types);
        reset(state);
        return state;
    }

    /** Puts a state back to the base year, for reuse by the next trajectory. */
    public void reset(TrajectoryState state) {
        System.arraycopy(baseCount, 0, state.demandPupils, 0, types);
        System.arraycopy(baseUnitCost, 0, state.unitCostGbp, 0, types);
        state.grantGbp = scenario.funding().hnbGrant().baseGbp();
        state.schoolsBlockGbp = scenario.funding().schoolsBlock().baseGbp();
        state.cumulativeDeficitGbp = scenario.openingDeficitGbp();
    }

    /**
     * Steps {@code state} through {@code year} and writes the year's metrics into
     * {@code outcome}, indexed by {@link Metric#ordinal()}.
     */
    public void step(int year, TrajectoryState state, TrajectoryInputs in, double[] outcome) {
        double placements = 0;
        double grossCost = 0;
        for (int p = 0; p < types; p++) {
            state.demandPupils[p] *= 1 + in.growth[p][year];
            state.unitCostGbp[p] *= 1 + in.inflation[p][year];
        }
        for (int p = 0; p < types; p++) {
            double placed = state.demandPupils[p];
            if (capacity[p] != null && placed > capacity[p][year]) {
                double excess = placed - capacity[p][year];
                placed = capacity[p][year];
                int q = overflowTarget[p];
                grossCost += excess * state.unitCostGbp[q];
            }
            placements += state.demandPupils[p];
            grossCost += placed * state.unitCostGbp[p];
        }
        double savings = 0;
        for (int w = 0; w < targets.length; w++) {
            int shifted = year - slipYears[w];
            double late = shifted >= 0 ? targets[w][shifted] : 0;
            double profile = (1 - in.slipped[w]) * targets[w][year] + in.slipped[w] * late;
            savings += profile * in.delivery[w][year];
        }
        state.grantGbp *= 1 + in.grantGrowth[year];
        state.schoolsBlockGbp *= 1 + in.schoolsBlockGrowth[year];
        double transfer = 0;
        for (int k = 0; k < transferYear.length; k++) {
            if (transferYear[k] == year) {
                double amount = Double.isNaN(transferRate[k]) ? transferAmount[k] : transferRate[k] * state.schoolsBlockGbp;
                transfer += in.transferApproved[k] * amount;
            }
        }
        double other = 0;
        for (double[] line : in.otherIncome) {
            other += line[year];
        }
        double netCost = grossCost - savings;
        double funding = state.grantGbp + transfer + other;
        double inYear = netCost - funding;
        state.cumulativeDeficitGbp += inYear;

        outcome[Metric.PLACEMENTS.ordinal()] = placements;
        outcome[Metric.GROSS_COST.ordinal()] = grossCost;
        outcome[Metric.SAVINGS.ordinal()] = savings;
        outcome[Metric.NET_COST.ordinal()] = netCost;
        outcome[Metric.FUNDING.ordinal()] = funding;
        outcome[Metric.TRANSFER.ordinal()] = transfer;
        outcome[Metric.IN_YEAR_DEFICIT.ordinal()] = inYear;
        outcome[Metric.CUMULATIVE_DEFICIT.ordinal()] = state.cumulativeDeficitGbp;
        outcome[Metric.HNB_GRANT.ordinal()] = state.grantGbp;
        outcome[Metric.OTHER_INCOME.ordinal()] = other;
    }

    /** Runs every year of one trajectory; convenient for tests and the deterministic path. */
    public List<YearOutcome> run(TrajectoryInputs in) {
        TrajectoryState state = start();
        List<YearOutcome> out = new ArrayList<>();
        double[] row = new double[Metric.COUNT];
        for (int t = 0; t < scenario.years(); t++) {
            step(t, state, in, row);
            out.add(new YearOutcome(scenario.year(t), row.clone()));
        }
        return out;
    }
}
