package hnsim.model;

import hnsim.scenario.Placement;
import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The High Needs Block budget of one trajectory, stepped year by year through five named
 * steps: {@link DemandStep demand} (pupils by type), {@link CostStep costs} (unit costs and
 * gross cost), {@link SavingsStep savings}, {@link FundingStep funding} (grant, transfers,
 * grants, the in-year deficit) and {@link RuleStep rules} (Safety Valve, write-offs, the
 * statutory override, transfer requests, the cumulative deficit).
 *
 * <p>Base-year values (counts, unit costs, grant, Schools Block) are those of the year before
 * the first modelled year, so every modelled year applies its own growth.
 */
public final class BudgetModel {
    private final Scenario scenario;
    private final MetricLayout layout;
    private final int types;
    private final double[] baseCount;
    private final double[] baseUnitCost;
    private final double[] baseJoiners;
    // The five steps as fields of their own classes rather than an array of ModelStep: each call
    // site then sees one class, and the JIT inlines the steps into the year's loop.
    private final DemandStep demand;
    private final CostStep costs;
    private final SavingsStep savings;
    private final FundingStep funding;
    private final RuleStep rules;
    /** The metrics the demand and cost steps write: pupils and gross cost, in total and by type. */
    private final int[] demandAndCostMetrics;

    public BudgetModel(Scenario scenario) {
        this(scenario, MetricLayout.of(scenario));
    }

    /** A model writing rows of {@code layout}, which must hold this scenario's metrics (a run's layout of all options). */
    public BudgetModel(Scenario scenario, MetricLayout layout) {
        this.scenario = scenario;
        this.layout = layout;
        this.types = scenario.placements().size();
        baseCount = new double[types];
        baseUnitCost = new double[types];
        baseJoiners = new double[types];
        for (int p = 0; p < types; p++) {
            baseCount[p] = scenario.placements().get(p).baseCount();
            baseUnitCost[p] = scenario.placements().get(p).baseUnitCostGbp();
            baseJoiners[p] = scenario.hasFlows() ? FlowRates.baseJoiners(scenario, p) : 0;
        }
        demand = new DemandStep(scenario, layout);
        costs = new CostStep(scenario, layout);
        savings = new SavingsStep(scenario, layout);
        funding = new FundingStep(scenario, layout);
        rules = new RuleStep(scenario, layout);
        List<Integer> written = new ArrayList<>(List.of(Metric.PLACEMENTS.ordinal(), Metric.GROSS_COST.ordinal()));
        for (Placement p : scenario.placements()) {
            written.add(layout.indexOf(MetricLayout.placements(p.name())));
            written.add(layout.indexOf(MetricLayout.grossCost(p.name())));
        }
        demandAndCostMetrics = written.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    public Scenario scenario() {
        return scenario;
    }

    public MetricLayout layout() {
        return layout;
    }

    /** The state before the first modelled year. */
    public TrajectoryState start() {
        TrajectoryState state = new TrajectoryState(types,
                scenario.rules().ofKind(Rule.ConditionalTransfer.class).size());
        reset(state);
        return state;
    }

    /** Puts a state back to the base year, for reuse by the next trajectory. */
    public void reset(TrajectoryState state) {
        System.arraycopy(baseCount, 0, state.demandPupils, 0, types);
        System.arraycopy(baseCount, 0, state.pupils, 0, types);
        System.arraycopy(baseJoiners, 0, state.joiners, 0, types);
        System.arraycopy(baseUnitCost, 0, state.unitCostGbp, 0, types);
        state.grantGbp = scenario.funding().hnbGrant().baseGbp();
        state.schoolsBlockGbp = scenario.funding().schoolsBlock().baseGbp();
        state.cumulativeDeficitGbp = scenario.openingDeficitGbp();
        Arrays.fill(state.requested, false);
        state.safetyValveMissed = false;
    }

    /**
     * Steps {@code state} through {@code year} and writes the year's metrics into
     * {@code outcome}, indexed by the model's {@link MetricLayout} (core metrics at
     * {@link Metric#ordinal()}).
     */
    public void step(int year, TrajectoryState state, TrajectoryInputs in, double[] outcome) {
        // Metrics of types, workstreams or rules another option has are 0 in this one.
        Arrays.fill(outcome, 0);
        demand.apply(year, state, in, outcome);
        costs.apply(year, state, in, outcome);
        finances(year, state, in, outcome);
    }

    /**
     * Whether this model's pupils and costs are, trajectory by trajectory, those of {@code other}:
     * the two scenarios have the same {@link Scenario#demandAndCosts() demand and costs} (they
     * differ at most in their finances: funding, transfers, savings, rules, as the unmitigated
     * forecast differs from its base and a transfer option from the plan) and write rows of the
     * same layout. Finances never reach pupils or costs, so such a model can step its finances
     * alone on the other's rows ({@link #stepFinances}) and get exactly the rows a full step gives.
     */
    public boolean sharesDemandAndCostsWith(BudgetModel other) {
        return layout.names().equals(other.layout.names())
                && scenario.demandAndCosts().equals(other.scenario.demandAndCosts());
    }

    /**
     * Whether this model's inputs are, trajectory by trajectory, those of {@code other}: the two
     * scenarios differ at most in their savings targets (a workstream without savings keeps its
     * delivery and slip, so its draws), so one trajectory's drawn inputs serve both.
     */
    public boolean sharesInputsWith(BudgetModel other) {
        return sharesDemandAndCostsWith(other) && scenario.withoutSavings().equals(other.scenario.withoutSavings());
    }

    /**
     * The metrics (indices of the layout) whose values this model shares, trajectory by
     * trajectory and year by year, with {@code other} when it {@link #sharesDemandAndCostsWith
     * shares its demand and costs}; empty otherwise. A run keeps one column for both.
     * <ul>
     * <li>pupils and gross cost, in total and by type, always;
     * <li>savings, in total and by workstream, and net cost (gross cost less savings) when the
     *     workstreams are equal: savings read only the workstreams, the programme (part of the
     *     demand) and their own inputs, drawn alike for equal workstreams;
     * <li>the grant and other income when the funding is equal: no transfer, saving or rule
     *     reaches them.
     * </ul>
     * So an option of other transfers keeps only its funding, transfer, deficits and the metrics
     * of its rules.
     */
    public int[] metricsSharedWith(BudgetModel other) {
        if (!sharesDemandAndCostsWith(other)) {
            return new int[0];
        }
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        Arrays.stream(demandAndCostMetrics).forEach(out);
        if (scenario.workstreams().equals(other.scenario.workstreams())) {
            out.add(Metric.SAVINGS.ordinal()).add(Metric.NET_COST.ordinal());
            for (hnsim.scenario.Workstream w : scenario.workstreams()) {
                out.add(layout.indexOf(MetricLayout.savings(w.id())));
            }
        }
        if (scenario.funding().equals(other.scenario.funding())) {
            out.add(Metric.HNB_GRANT.ordinal()).add(Metric.OTHER_INCOME.ordinal());
        }
        return out.build().sorted().toArray();
    }

    /**
     * Steps {@code year} of a model that {@link #sharesDemandAndCostsWith shares its demand and
     * costs} with the model that wrote {@code demandAndCosts} (that model's row of the same
     * trajectory and year): takes the row's pupils and costs, then runs only the savings,
     * funding and rule steps on this model's own state and {@code in}, this model's inputs of the
     * trajectory. Every other metric starts at 0, as in a full step: a rule, workstream or
     * grant of the other model that this one lacks leaves nothing behind.
     */
    public void stepFinances(int year, TrajectoryState state, TrajectoryInputs in, double[] demandAndCosts,
                             double[] outcome) {
        Arrays.fill(outcome, 0);
        for (int metric : demandAndCostMetrics) {
            outcome[metric] = demandAndCosts[metric];
        }
        state.grossCostGbp = demandAndCosts[Metric.GROSS_COST.ordinal()];
        finances(year, state, in, outcome);
    }

    /** The steps that follow the pupils and costs: savings, funding, rules. */
    private void finances(int year, TrajectoryState state, TrajectoryInputs in, double[] outcome) {
        savings.apply(year, state, in, outcome);
        funding.apply(year, state, in, outcome);
        rules.apply(year, state, in, outcome);
    }

    /** Runs every year of one trajectory; convenient for tests and the deterministic path. */
    public List<YearOutcome> run(TrajectoryInputs in) {
        TrajectoryState state = start();
        List<YearOutcome> out = new ArrayList<>();
        double[] row = new double[layout.size()];
        for (int t = 0; t < scenario.years(); t++) {
            step(t, state, in, row);
            out.add(new YearOutcome(scenario.year(t), row.clone(), layout));
        }
        return out;
    }
}
