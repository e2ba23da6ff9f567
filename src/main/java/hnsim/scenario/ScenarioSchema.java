package hnsim.scenario;

import static hnsim.scenario.Spec.optional;
import static hnsim.scenario.Spec.required;

import hnsim.dist.Unit;
import hnsim.scenario.Spec.ListOf;
import hnsim.scenario.Spec.MapOf;
import hnsim.scenario.Spec.Obj;
import hnsim.scenario.Spec.OneOf;
import hnsim.scenario.Spec.Overlay;
import hnsim.scenario.Spec.PerYear;
import hnsim.scenario.Spec.Quantity;
import hnsim.scenario.Spec.Text;
import hnsim.scenario.Spec.Uncertain;
import hnsim.scenario.Spec.Year;
import java.util.List;

/** The scenario file format: every key the loader accepts, with what it means. */
public final class ScenarioSchema {
    private ScenarioSchema() {
    }

    /** The distribution keys an uncertain value may use, with the form of their parameters. */
    public static final List<String> DISTRIBUTIONS = List.of(
            "normal", "lognormal", "uniform", "triangular", "pert", "beta", "bernoulli", "discrete", "empirical");

    /** Keys allowed beside the distribution key in an uncertain value. */
    public static final List<String> DISTRIBUTION_MODIFIERS = List.of("truncate", "plan");

    static final Spec CHANCE = new OneOf(List.of(
            new Quantity(Unit.PROBABILITY, "probability, e.g. 30%"),
            Obj.of("a probability and the probability the plan assumes",
                    required("probability", new Quantity(Unit.PROBABILITY, "probability of the event")),
                    optional("plan", new Quantity(Unit.PROBABILITY,
                            "probability used by --deterministic (default: the probability)")))),
            "probability of the event");

    static final Obj PLACEMENT = Obj.of("a provision type",
            required("count", new Quantity(Unit.COUNT, "pupils in the base year (the year before first_year)")),
            required("unit_cost", new Quantity(Unit.MONEY, "average yearly cost per pupil in the base year")),
            optional("growth", new PerYear(new Uncertain(Unit.RATE, "yearly demand growth"),
                    "yearly growth of demand (pupils); default 0%")),
            optional("inflation", new PerYear(new Uncertain(Unit.RATE, "yearly unit-cost inflation"),
                    "unit-cost inflation of this type; default: the scenario's general inflation")),
            optional("capacity", new PerYear(new Quantity(Unit.COUNT, "places"),
                    "places available; demand above capacity overflows to the 'overflow' type")),
            optional("overflow", new Text("the placement type taking demand above capacity")),
            optional("persistence", new Quantity(Unit.NUMBER,
                    "AR(1) persistence of this type's growth shocks, in [0, 1); default demand.persistence")));

    static final Obj DEMAND = Obj.of("demand dynamics shared by the placement types",
            optional("persistence", new Quantity(Unit.NUMBER,
                    "AR(1) persistence of demand growth shocks, in [0, 1); default 0")));

    static final Obj INFLATION = Obj.of("general unit-cost inflation",
            optional("rate", new PerYear(new Uncertain(Unit.RATE, "yearly inflation"), "yearly inflation; default 0%")),
            optional("shock", Obj.of("an inflation shock that adds to every type's inflation in a year",
                    required("probability", CHANCE),
                    required("size", new Quantity(Unit.RATE, "points added to inflation in a shock year")))));

    static final Obj GROWING = Obj.of("an amount in the base year and its yearly growth",
            required("base", new Quantity(Unit.MONEY, "amount in the base year (the year before first_year)")),
            optional("growth", new PerYear(new Uncertain(Unit.RATE, "yearly growth"), "yearly growth; default 0%")));

    static final Obj OTHER_INCOME = Obj.of("an income line beside the grant",
            required("name", new Text("name of the income line")),
            required("amount", new PerYear(new Uncertain(Unit.MONEY, "amount"), "amount by year")));

    static final Obj FUNDING = Obj.of("income of the High Needs Block",
            required("hnb_grant", GROWING),
            optional("schools_block", new OneOf(List.of(new Quantity(Unit.MONEY, "Schools Block, constant"), GROWING),
                    "the Schools Block that transfers are a share of")),
            optional("other_income", new ListOf(OTHER_INCOME, "other income lines")));

    static final Obj TRANSFER = Obj.of("a schools-block transfer into the High Needs Block",
            optional("year", new Year("the year of the transfer")),
            optional("years", new ListOf(new Year("a year"), "several years")),
            optional("every_year", new Spec.Flag("true: proposed in every modelled year")),
            optional("rate", new Quantity(Unit.RATE, "share of the Schools Block, e.g. 0.5%")),
            optional("amount", new Quantity(Unit.MONEY, "a fixed amount instead of a rate")),
            optional("approval", CHANCE));

    static final Obj SLIP = Obj.of("the chance that the whole savings profile is delivered late",
            required("probability", CHANCE),
            optional("years", new Quantity(Unit.COUNT, "years of delay; default 1")));

    static final Obj WORKSTREAM = Obj.of("a savings workstream",
            required("name", new Text("name of the workstream")),
            required("target", new PerYear(new Quantity(Unit.MONEY, "saving"), "target saving by year")),
            optional("delivery", new PerYear(new Uncertain(Unit.RATE, "fraction of the target delivered"),
                    "fraction of the target delivered; default 100%")),
            optional("slip", new OneOf(List.of(
                    new Quantity(Unit.PROBABILITY, "the chance that the whole profile is a year late, e.g. 15%"),
                    SLIP), "the chance that the whole savings profile is delivered late: 15% (one year) or "
                    + "{probability: 15%, years: 2}")));

    static final Obj CORRELATION = Obj.of("rank correlations between yearly inputs, imposed by a Gaussian copula",
            required("inputs", new ListOf(new Text("an input, e.g. placements.special_school.growth, inflation.rate,"
                    + " funding.hnb_grant.growth or workstreams.<name>.delivery"), "the correlated inputs")),
            required("matrix", new ListOf(new ListOf(new Quantity(Unit.NUMBER, "a Spearman rank correlation in [-1, 1]"),
                    "one row"), "symmetric, positive definite, 1 on the diagonal; row and column i belong to inputs[i]")));

    static final Obj PUPILS = Obj.of("pupils in the schools that fund the Schools Block, for the cost of a transfer "
                    + "per pupil in the decision sheet (not used by the model)",
            optional("total", new Quantity(Unit.COUNT, "all pupils; default: the sum of by_phase")),
            optional("by_phase", new MapOf(new Quantity(Unit.COUNT, "pupils"), "pupils by phase, e.g. primary, secondary")),
            required("source", new Text("where the figures come from: seed, reported (where) or judgement")));

    static final List<Spec.Field> SCENARIO_FIELDS = List.of(
            required("name", new Text("name of the scenario, shown on every output")),
            optional("description", new Text("what the scenario is and where its figures come from")),
            required("first_year", new Year("the first modelled financial year, e.g. 2021/22")),
            required("years", new Quantity(Unit.COUNT, "number of modelled years (1 to 50)")),
            optional("opening_deficit", new Quantity(Unit.MONEY, "cumulative DSG deficit brought forward")),
            optional("opening_surplus", new Quantity(Unit.MONEY,
                    "cumulative DSG surplus brought forward, instead of opening_deficit")),
            optional("thresholds", new ListOf(new Quantity(Unit.MONEY, "a cumulative deficit"),
                    "deficits whose exceedance probability is reported")),
            required("placements", new MapOf(PLACEMENT, "provision types by name")),
            optional("demand", DEMAND),
            optional("inflation", INFLATION),
            required("funding", FUNDING),
            optional("transfers", new ListOf(TRANSFER, "schools-block transfers")),
            optional("workstreams", new ListOf(WORKSTREAM, "savings workstreams")),
            optional("correlation", CORRELATION),
            optional("pupils", PUPILS),
            optional("options", new MapOf(new Overlay("keys laid over the base scenario"),
                    "named variants compared with the base using the same random draws")));

    public static final Obj SCENARIO = Obj.of("an hnsim High Needs Block scenario",
            SCENARIO_FIELDS.toArray(Spec.Field[]::new));
}
