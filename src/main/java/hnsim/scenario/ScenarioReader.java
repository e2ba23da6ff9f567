package hnsim.scenario;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a validated {@link Scenario} from a YAML tree, reporting every problem it finds
 * rather than stopping at the first. The options of a file are built by {@link ScenarioLoader}
 * by overlaying each on the base tree and reading the result here.
 */
final class ScenarioReader {
    private static final int MAX_YEARS = 50;

    private final Problems problems;

    ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    /** Returns null when the tree has errors (all of them reported). */
    Scenario read(YamlNode root) {
        ObjView top = ObjView.of(root, ScenarioSchema.SCENARIO, "", problems);
        if (top == null) {
            return null;
        }
        ValueReader bootstrap = new ValueReader(problems, 1);
        String name = top.has("name") ? bootstrap.text(top.get("name"), "name") : "";
        String description = top.has("description") ? bootstrap.text(top.get("description"), "description") : "";
        FinancialYear firstYear = top.has("first_year") ? bootstrap.year(top.get("first_year"), "first_year") : null;
        int years = readYears(top, bootstrap);
        if (firstYear == null || years <= 0) {
            return null;
        }
        ValueReader values = new ValueReader(problems, years);
        double opening = openingDeficit(top, values);
        List<Double> thresholds = top.has("thresholds") ? thresholds(top.get("thresholds"), values) : List.of();
        double persistence = demandPersistence(top.get("demand"), values);
        List<Placement> placements = top.has("placements")
                ? new PlacementReader(problems, values).read(top.get("placements"), persistence) : List.of();
        Inflation inflation = inflation(top.get("inflation"), values);
        Funding funding = top.has("funding") ? funding(top.get("funding"), values) : null;
        List<Transfer> transfers = top.has("transfers") ? transfers(top.get("transfers"), values, firstYear) : List.of();
        requireSchoolsBlockForRates(top.get("transfers"), transfers, funding);
        List<Workstream> workstreams = top.has("workstreams") ? workstreams(top.get("workstreams"), values) : List.of();
        Correlation correlation = top.has("correlation") && funding != null
                ? new CorrelationReader(problems, values).read(top.get("correlation"),
                        InputPaths.yearly(placements, inflation, funding, workstreams), workstreams)
                : Correlation.NONE;
        if (problems.hasErrors() || funding == null) {
            return null;
        }
        return new Scenario(name, description, firstYear, years, opening, placements, inflation, funding,
                transfers, workstreams, thresholds, correlation);
    }

    /**
     * The deficit brought forward. A negative opening_deficit is refused: a sign slip would
     * silently turn a deficit into a surplus. A surplus is said so, with opening_surplus.
     */
    private double openingDeficit(ObjView top, ValueReader values) {
        if (top.has("opening_deficit") && top.has("opening_surplus")) {
            problems.error(top.get("opening_surplus"), "opening_surplus",
                    "give opening_deficit or opening_surplus, not both");
            return 0;
        }
        if (top.has("opening_surplus")) {
            return -values.nonNegative(top.get("opening_surplus"), Unit.MONEY, "opening_surplus");
        }
        if (!top.has("opening_deficit")) {
            return 0;
        }
        double deficit = values.quantity(top.get("opening_deficit"), Unit.MONEY, "opening_deficit");
        if (deficit < 0) {
            problems.error(top.get("opening_deficit"), "opening_deficit", "the deficit brought forward is negative ("
                    + Unit.MONEY.format(deficit) + "), which would be a surplus; write a deficit as a positive amount "
                    + "(17.5m), or, if the council brought forward a surplus, write opening_surplus: "
                    + Unit.MONEY.format(-deficit));
            return Double.NaN;
        }
        return deficit;
    }

    private int readYears(ObjView top, ValueReader values) {
        if (!top.has("years")) {
            return 0;
        }
        double years = values.quantity(top.get("years"), Unit.COUNT, "years");
        if (Double.isNaN(years)) {
            return 0;
        }
        if (years < 1 || years > MAX_YEARS) {
            problems.error(top.get("years"), "years", "expected 1 to " + MAX_YEARS + " modelled years, got "
                    + (long) years);
            return 0;
        }
        return (int) years;
    }

    private List<Double> thresholds(YamlNode node, ValueReader values) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, "thresholds", "expected a list of amounts such as [50m, 100m], found "
                    + YamlNode.describe(node));
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            double t = values.quantity(seq.items().get(i), Unit.MONEY, "thresholds[" + i + "]");
            if (!Double.isNaN(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private double demandPersistence(YamlNode node, ValueReader values) {
        if (node == null) {
            return 0;
        }
        ObjView demand = ObjView.of(node, ScenarioSchema.DEMAND, "demand", problems);
        if (demand == null || !demand.has("persistence")) {
            return 0;
        }
        return persistence(demand.get("persistence"), "demand.persistence", values);
    }

    static double persistence(YamlNode node, String path, ValueReader values) {
        double rho = values.quantity(node, Unit.NUMBER, path);
        if (Double.isNaN(rho)) {
            return 0;
        }
        if (rho < 0 || rho >= 1) {
            values.problems().error(node, path, "persistence must be in [0, 1), got " + rho);
            return 0;
        }
        return rho;
    }

    private Inflation inflation(YamlNode node, ValueReader values) {
        List<UncertainValue> none = values.uncertainPerYear(null, Unit.RATE, "inflation.rate", 0);
        if (node == null) {
            return new Inflation(none, Chance.of(0), 0);
        }
        ObjView view = ObjView.of(node, ScenarioSchema.INFLATION, "inflation", problems);
        if (view == null) {
            return new Inflation(none, Chance.of(0), 0);
        }
        List<UncertainValue> rate = values.growthPerYear(view.get("rate"), view.path("rate"));
        if (!view.has("shock")) {
            return new Inflation(rate, Chance.of(0), 0);
        }
        ObjView shock = ObjView.of(view.get("shock"), (Spec.Obj) ScenarioSchema.INFLATION.fields().get("shock").spec(),
                view.path("shock"), problems);
        if (shock == null || !shock.has("probability") || !shock.has("size")) {
            return new Inflation(rate, Chance.of(0), 0);
        }
        Chance chance = values.chance(shock.get("probability"), shock.path("probability"));
        double size = values.quantity(shock.get("size"), Unit.RATE, shock.path("size"));
        return new Inflation(rate, chance, Double.isNaN(size) ? 0 : size);
    }

    private Funding funding(YamlNode node, ValueReader values) {
        ObjView view = ObjView.of(node, ScenarioSchema.FUNDING, "funding", problems);
        if (view == null || !view.has("hnb_grant")) {
            return null;
        }
        GrowingAmount grant = growing(view.get("hnb_grant"), view.path("hnb_grant"), values);
        GrowingAmount schoolsBlock = new GrowingAmount(0, values.uncertainPerYear(null, Unit.RATE, "", 0));
        if (view.has("schools_block")) {
            YamlNode sb = view.get("schools_block");
            GrowingAmount given = sb instanceof YamlNode.Mapping
                    ? growing(sb, view.path("schools_block"), values)
                    : new GrowingAmount(values.nonNegative(sb, Unit.MONEY, view.path("schools_block")),
                            values.uncertainPerYear(null, Unit.RATE, "", 0));
            // null: a missing base, already reported; keep reading to report the rest.
            schoolsBlock = given != null ? given : schoolsBlock;
        }
        List<OtherIncome> other = new ArrayList<>();
        if (view.has("other_income")) {
            Set<String> names = new HashSet<>();
            forEachItem(view.get("other_income"), view.path("other_income"), (item, path) -> {
                ObjView line = ObjView.of(item, ScenarioSchema.OTHER_INCOME, path, problems);
                if (line != null && line.has("name") && line.has("amount")) {
                    String name = values.text(line.get("name"), line.path("name"));
                    // Each line has its own random stream, named after it: two lines of one name would share it.
                    if (!names.add(name)) {
                        problems.error(line.get("name"), line.path("name"), "another income line is already called '"
                                + name + "'; give each line its own name");
                    }
                    other.add(new OtherIncome(name,
                            values.uncertainPerYear(line.get("amount"), Unit.MONEY, line.path("amount"), 0)));
                }
            });
        }
        // A Schools Block with errors (reported) is null, like a grant with errors.
        return grant == null || schoolsBlock == null ? null : new Funding(grant, schoolsBlock, other);
    }

    private GrowingAmount growing(YamlNode node, String path, ValueReader values) {
        ObjView view = ObjView.of(node, ScenarioSchema.GROWING, path, problems);
        if (view == null || !view.has("base")) {
            return null;
        }
        double base = values.nonNegative(view.get("base"), Unit.MONEY, view.path("base"));
        List<UncertainValue> growth = values.growthPerYear(view.get("growth"), view.path("growth"));
        return new GrowingAmount(base, growth);
    }

    /** A transfer given as a rate is a share of the Schools Block, so the block must be there. */
    private void requireSchoolsBlockForRates(YamlNode node, List<Transfer> transfers, Funding funding) {
        boolean anyRate = transfers.stream().anyMatch(t -> !Double.isNaN(t.rate()) && t.rate() > 0);
        if (anyRate && funding != null && funding.schoolsBlock().baseGbp() == 0) {
            problems.error(node, "transfers", "a transfer given as a rate is a share of the Schools Block, but "
                    + "funding.schools_block is not given (or is 0); add it, e.g. schools_block: 400m, or give the "
                    + "transfer as an amount");
        }
    }

    private List<Transfer> transfers(YamlNode node, ValueReader values, FinancialYear firstYear) {
        List<Transfer> out = new ArrayList<>();
        Map<Integer, Integer> perYear = new HashMap<>();
        forEachItem(node, "transfers", (item, path) -> {
            ObjView view = ObjView.of(item, ScenarioSchema.TRANSFER, path, problems);
            if (view == null) {
                return;
            }
            List<Integer> years = transferYears(view, values, firstYear);
            boolean hasRate = view.has("rate");
            if (hasRate == view.has("amount")) {
                problems.error(item, path, "give either rate (a share of the Schools Block, e.g. 0.5%) or amount");
                return;
            }
            double rate = hasRate ? values.quantity(view.get("rate"), Unit.RATE, view.path("rate")) : Double.NaN;
            double amount = hasRate ? Double.NaN : values.nonNegative(view.get("amount"), Unit.MONEY, view.path("amount"));
            if (hasRate && !Double.isNaN(rate) && (rate < 0 || rate > 0.1)) {
                problems.error(view.get("rate"), view.path("rate"), "a transfer rate must be between 0% and 10%, got "
                        + Unit.RATE.format(rate));
            }
            Chance approval = view.has("approval") ? values.chance(view.get("approval"), view.path("approval")) : Chance.of(1);
            for (int year : years) {
                int occurrence = perYear.merge(year, 1, Integer::sum) - 1;
                String stream = "transfer/" + firstYear.plus(year) + "/" + occurrence + "/approval";
                out.add(new Transfer(year, rate, amount, approval, stream));
            }
        });
        return out;
    }

    private List<Integer> transferYears(ObjView view, ValueReader values, FinancialYear firstYear) {
        int given = (view.has("year") ? 1 : 0) + (view.has("years") ? 1 : 0) + (view.has("every_year") ? 1 : 0);
        if (given != 1) {
            problems.error(view.node(), view.path(""), "give exactly one of year, years or every_year");
            return List.of();
        }
        if (view.has("every_year")) {
            boolean every = values.flag(view.get("every_year"), view.path("every_year"));
            List<Integer> all = new ArrayList<>();
            for (int i = 0; every && i < values.years(); i++) {
                all.add(i);
            }
            return all;
        }
        List<YamlNode> nodes = new ArrayList<>();
        if (view.has("year")) {
            nodes.add(view.get("year"));
        } else if (view.get("years") instanceof YamlNode.Sequence seq) {
            nodes.addAll(seq.items());
        } else {
            problems.error(view.get("years"), view.path("years"), "expected a list of years such as [2022/23, 2023/24]");
        }
        List<Integer> out = new ArrayList<>();
        for (YamlNode n : nodes) {
            FinancialYear y = values.year(n, view.path(view.has("year") ? "year" : "years"));
            if (y == null) {
                continue;
            }
            int index = y.startYear() - firstYear.startYear();
            if (index < 0 || index >= values.years()) {
                problems.error(n, view.path("year"), "the year " + y + " is outside the modelled years "
                        + firstYear + " to " + firstYear.plus(values.years() - 1));
            } else {
                out.add(index);
            }
        }
        return out;
    }

    private List<Workstream> workstreams(YamlNode node, ValueReader values) {
        List<Workstream> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        forEachItem(node, "workstreams", (item, path) -> {
            ObjView view = ObjView.of(item, ScenarioSchema.WORKSTREAM, path, problems);
            if (view == null || !view.has("name") || !view.has("target")) {
                return;
            }
            String name = values.text(view.get("name"), view.path("name"));
            if (!names.add(name)) {
                problems.error(view.get("name"), view.path("name"), "another workstream is already called '" + name + "'");
            }
            List<Double> target = values.perYear(view.get("target"), view.path("target"), 0.0,
                    (n, p) -> {
                        double v = values.nonNegative(n, Unit.MONEY, p);
                        return Double.isNaN(v) ? 0.0 : v;
                    });
            List<UncertainValue> delivery = values.uncertainPerYear(view.get("delivery"), Unit.RATE, view.path("delivery"), 1);
            if (delivery.stream().anyMatch(d -> d.central() > 1 || d.central() < 0)) {
                problems.warning(view.get("delivery"), view.path("delivery"), "delivery is the fraction of the target"
                        + " saved, usually 0% to 100%; a value outside that saves more than the target or adds cost");
            }
            Chance slip = Chance.of(0);
            int slipYears = 1;
            if (view.has("slip") && !(view.get("slip") instanceof YamlNode.Mapping)) {
                // The shorthand slip: 15% is a 15% chance of a one-year slip.
                slip = values.chance(view.get("slip"), view.path("slip"));
            } else if (view.has("slip")) {
                ObjView s = ObjView.of(view.get("slip"), ScenarioSchema.SLIP, view.path("slip"), problems);
                if (s != null && s.has("probability")) {
                    slip = values.chance(s.get("probability"), s.path("probability"));
                    if (s.has("years")) {
                        double k = values.quantity(s.get("years"), Unit.COUNT, s.path("years"));
                        if (!Double.isNaN(k) && (k < 1 || k > values.years())) {
                            problems.error(s.get("years"), s.path("years"), "a slip must be 1 to " + values.years()
                                    + " years, got " + (long) k);
                        }
                        slipYears = Double.isNaN(k) ? 1 : (int) Math.max(1, Math.min(k, values.years()));
                    }
                }
            }
            out.add(new Workstream(name, target, delivery, slip, slipYears));
        });
        return out;
    }

    interface ItemReader {
        void read(YamlNode item, String path);
    }

    void forEachItem(YamlNode node, String path, ItemReader reader) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, path, "expected a list (items starting with '- '), found " + YamlNode.describe(node));
            return;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            reader.read(seq.items().get(i), path + "[" + i + "]");
        }
    }
}
