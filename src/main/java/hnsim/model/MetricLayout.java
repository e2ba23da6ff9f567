package hnsim.model;

import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics a run reports, by position: the core metrics first, in the order of
 * {@link Metric} (so {@code Metric.X.ordinal()} is X's index in every layout), then the parts
 * the scenario has: {@code placements.<type>} and {@code gross_cost.<type>} for every
 * placement type, {@code savings.<id>} for every workstream, and the metrics of the policy
 * rules it uses ({@code safety_valve_income}, {@code grant_income}, {@code written_off},
 * {@code general_fund_exposure}).
 *
 * <p>Built once per run from all its options (the union, in order of first appearance), so
 * every option writes the same row shape and a metric an option lacks is 0 there.
 */
public final class MetricLayout {
    /** Safety Valve payments received in the year (pounds). */
    public static final String SAFETY_VALVE_INCOME = "safety_valve_income";
    /** Grants received under {@code rules} in the year (pounds). */
    public static final String GRANT_INCOME = "grant_income";
    /** Cumulative deficit written off in the year (pounds). */
    public static final String WRITTEN_OFF = "written_off";
    /** Cumulative deficit the council's general fund must meet once the statutory override ends (pounds). */
    public static final String GENERAL_FUND_EXPOSURE = "general_fund_exposure";

    /** The eight core metrics only: the layout of a scenario without types, workstreams or rules. */
    public static final MetricLayout CORE = new MetricLayout(core());

    private final List<String> names;
    private final boolean[] money;
    private final Map<String, Integer> index;

    private MetricLayout(Map<String, Boolean> metrics) {
        this.names = List.copyOf(metrics.keySet());
        this.money = new boolean[names.size()];
        this.index = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Boolean> e : metrics.entrySet()) {
            money[i] = e.getValue();
            index.put(e.getKey(), i++);
        }
    }

    private static Map<String, Boolean> core() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            out.put(m.key(), m.isMoney());
        }
        return out;
    }

    public static MetricLayout of(Scenario scenario) {
        return of(List.of(scenario));
    }

    /** The layout of a run of these options (the base first). */
    public static MetricLayout of(List<Scenario> options) {
        Map<String, Boolean> out = core();
        for (Scenario s : options) {
            for (Placement p : s.placements()) {
                out.putIfAbsent(placements(p.name()), false);
            }
        }
        for (Scenario s : options) {
            for (Placement p : s.placements()) {
                out.putIfAbsent(grossCost(p.name()), true);
            }
        }
        for (Scenario s : options) {
            for (Workstream w : s.workstreams()) {
                out.putIfAbsent(savings(w.id()), true);
            }
        }
        List<String> rules = new ArrayList<>();
        for (Scenario s : options) {
            for (String metric : s.rules().metrics()) {
                if (!rules.contains(metric)) {
                    rules.add(metric);
                }
            }
        }
        for (String metric : List.of(SAFETY_VALVE_INCOME, GRANT_INCOME, WRITTEN_OFF, GENERAL_FUND_EXPOSURE)) {
            if (rules.contains(metric)) {
                out.put(metric, true);
            }
        }
        return new MetricLayout(out);
    }

    public static String placements(String type) {
        return "placements." + type;
    }

    public static String grossCost(String type) {
        return "gross_cost." + type;
    }

    public static String savings(String workstreamId) {
        return "savings." + workstreamId;
    }

    public int size() {
        return names.size();
    }

    public String name(int metric) {
        return names.get(metric);
    }

    /** Every metric name, in row order. */
    public List<String> names() {
        return names;
    }

    /** True for pounds, false for pupils. */
    public boolean isMoney(int metric) {
        return money[metric];
    }

    public boolean isMoney(String name) {
        Integer i = index.get(name);
        return i != null && money[i];
    }

    /** The position of a metric, or -1 when the layout has no such metric. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /**
     * The metrics that are parts of a core metric (e.g. every {@code placements.<type>} of
     * {@code placements}), in row order; empty when the metric has no parts.
     */
    public List<String> partsOf(String whole) {
        String prefix = whole + ".";
        return names.stream().filter(n -> n.startsWith(prefix)).toList();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
