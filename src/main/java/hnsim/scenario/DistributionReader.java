package hnsim.scenario;

import hnsim.dist.Bernoulli;
import hnsim.dist.Beta;
import hnsim.dist.Discrete;
import hnsim.dist.Distribution;
import hnsim.dist.Empirical;
import hnsim.dist.LogNormal;
import hnsim.dist.Normal;
import hnsim.dist.Pert;
import hnsim.dist.Triangular;
import hnsim.dist.Truncated;
import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an uncertain value written as a distribution, e.g. {@code {normal: [6%, 2%]}},
 * {@code {beta: [3, 2], plan: 100%}} or {@code {lognormal: {median: 54k, p90: 70k}, truncate: [40k, 90k]}}.
 * Parameters are read in the unit of the value they describe (beta shapes are bare numbers).
 */
final class DistributionReader {
    private final Problems problems;
    private final ValueReader values;

    DistributionReader(Problems problems, ValueReader values) {
        this.problems = problems;
        this.values = values;
    }

    UncertainValue read(YamlNode.Mapping node, Unit unit, String path) {
        String kind = null;
        for (String key : node.entries().keySet()) {
            if (ScenarioSchema.DISTRIBUTIONS.contains(key)) {
                if (kind != null) {
                    problems.error(node.entries().get(key).keyLocation(), path,
                            "give one distribution, found both '" + kind + "' and '" + key + "'");
                    return fallback(unit);
                }
                kind = key;
            } else if (!ScenarioSchema.DISTRIBUTION_MODIFIERS.contains(key)) {
                List<String> known = new ArrayList<>(ScenarioSchema.DISTRIBUTIONS);
                known.addAll(ScenarioSchema.DISTRIBUTION_MODIFIERS);
                String hint = Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected a distribution: " + String.join(", ", ScenarioSchema.DISTRIBUTIONS));
                problems.error(node.entries().get(key).keyLocation(), ObjView.join(path, key), "unknown key '" + key + "'" + hint);
                return fallback(unit);
            }
        }
        if (kind == null) {
            problems.error(node, path, "expected a number or a distribution (one of "
                    + String.join(", ", ScenarioSchema.DISTRIBUTIONS) + ")");
            return fallback(unit);
        }
        YamlNode params = node.get(kind);
        String paramPath = ObjView.join(path, kind);
        int before = problems.errorCount();
        Distribution d;
        try {
            d = build(kind, params, unit, paramPath);
        } catch (IllegalArgumentException e) {
            problems.error(params, paramPath, e.getMessage());
            return fallback(unit);
        }
        if (d == null || problems.errorCount() > before) {
            return fallback(unit);
        }
        YamlNode truncate = node.get("truncate");
        if (truncate != null) {
            double[] bounds = numbers(truncate, unit, ObjView.join(path, "truncate"), 2);
            if (bounds == null) {
                return fallback(unit);
            }
            try {
                d = new Truncated(d, bounds[0], bounds[1]);
            } catch (IllegalArgumentException e) {
                problems.error(truncate, ObjView.join(path, "truncate"), e.getMessage());
                return fallback(unit);
            }
        }
        Double plan = null;
        YamlNode planNode = node.get("plan");
        if (planNode != null) {
            double p = values.quantity(planNode, unit, ObjView.join(path, "plan"));
            if (Double.isNaN(p)) {
                return fallback(unit);
            }
            plan = p;
        }
        String source = node.get("source") == null ? null : values.text(node.get("source"), ObjView.join(path, "source"));
        return new UncertainValue(d, unit, plan, source);
    }

    private static UncertainValue fallback(Unit unit) {
        return UncertainValue.fixed(0, unit);
    }

    private Distribution build(String kind, YamlNode params, Unit unit, String path) {
        return switch (kind) {
            case "normal" -> {
                double[] p = named(params, unit, path, List.of("mean", "sd"));
                yield p == null ? null : new Normal(p[0], p[1]);
            }
            case "lognormal" -> lognormal(params, unit, path);
            case "uniform" -> {
                double[] p = named(params, unit, path, List.of("min", "max"));
                yield p == null ? null : new hnsim.dist.Uniform(p[0], p[1]);
            }
            case "triangular" -> {
                double[] p = named(params, unit, path, List.of("min", "mode", "max"));
                yield p == null ? null : new Triangular(p[0], p[1], p[2]);
            }
            case "pert" -> {
                double[] p = named(params, unit, path, List.of("min", "mode", "max"));
                yield p == null ? null : new Pert(p[0], p[1], p[2]);
            }
            case "beta" -> beta(params, unit, path);
            case "bernoulli" -> {
                double p = values.quantity(params, Unit.PROBABILITY, path);
                yield Double.isNaN(p) ? null : new Bernoulli(p);
            }
            case "discrete" -> discrete(params, unit, path);
            case "empirical" -> {
                double[] p = numbers(params, unit, path, -1);
                yield p == null ? null : new Empirical(p);
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    private Distribution lognormal(YamlNode params, Unit unit, String path) {
        if (params instanceof YamlNode.Mapping m && m.entries().containsKey("median")) {
            double[] p = named(params, unit, path, List.of("median", "p90"));
            return p == null ? null : LogNormal.ofMedianP90(p[0], p[1]);
        }
        double[] p = named(params, unit, path, List.of("mean", "sd"));
        return p == null ? null : LogNormal.ofMeanSd(p[0], p[1]);
    }

    private Distribution beta(YamlNode params, Unit unit, String path) {
        if (params instanceof YamlNode.Mapping) {
            double[] p = named(params, unit, path, List.of("mean", "sd"));
            return p == null ? null : Beta.ofMeanSd(p[0], p[1]);
        }
        double[] p = named(params, Unit.NUMBER, path, List.of("alpha", "beta"));
        return p == null ? null : new Beta(p[0], p[1]);
    }

    private Distribution discrete(YamlNode params, Unit unit, String path) {
        if (!(params instanceof YamlNode.Mapping m)) {
            problems.error(params, path, "expected {values: [...], weights: [...]}, found " + YamlNode.describe(params));
            return null;
        }
        for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
            if (!e.getKey().equals("values") && !e.getKey().equals("weights")) {
                problems.error(e.getValue().keyLocation(), ObjView.join(path, e.getKey()),
                        "unknown key '" + e.getKey() + "'; expected values and weights");
                return null;
            }
        }
        if (m.get("values") == null || m.get("weights") == null) {
            problems.error(params, path, "expected both values and weights");
            return null;
        }
        double[] v = numbers(m.get("values"), unit, ObjView.join(path, "values"), -1);
        double[] w = numbers(m.get("weights"), Unit.PROBABILITY, ObjView.join(path, "weights"), -1);
        return v == null || w == null ? null : new Discrete(v, w);
    }

    /** Parameters as a list in the given order, or a mapping with exactly those names. */
    private double[] named(YamlNode params, Unit unit, String path, List<String> names) {
        if (params instanceof YamlNode.Mapping m) {
            double[] out = new double[names.size()];
            for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
                if (!names.contains(e.getKey())) {
                    String hint = Suggestions.closest(e.getKey(), names).map(s -> "; did you mean '" + s + "'?").orElse("");
                    problems.error(e.getValue().keyLocation(), ObjView.join(path, e.getKey()),
                            "unknown parameter '" + e.getKey() + "'; expected " + String.join(", ", names) + hint);
                    return null;
                }
            }
            for (int i = 0; i < names.size(); i++) {
                YamlNode v = m.get(names.get(i));
                if (v == null) {
                    problems.error(params, path, "missing parameter '" + names.get(i) + "' (expected "
                            + String.join(", ", names) + ")");
                    return null;
                }
                out[i] = values.quantity(v, unit, ObjView.join(path, names.get(i)));
                if (Double.isNaN(out[i])) {
                    return null;
                }
            }
            return out;
        }
        if (!(params instanceof YamlNode.Sequence)) {
            problems.error(params, path, "expected [" + String.join(", ", names) + "], found " + YamlNode.describe(params));
            return null;
        }
        double[] out = numbers(params, unit, path, names.size());
        if (out == null && ((YamlNode.Sequence) params).items().size() != names.size()) {
            return null;
        }
        return out;
    }

    /** A list of numbers; {@code expected} < 0 means any non-empty length. */
    private double[] numbers(YamlNode node, Unit unit, String path, int expected) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, path, "expected a list of numbers, found " + YamlNode.describe(node));
            return null;
        }
        if (expected >= 0 && seq.items().size() != expected) {
            problems.error(node, path, "expected " + expected + " values, found " + seq.items().size());
            return null;
        }
        if (seq.items().isEmpty()) {
            problems.error(node, path, "expected at least one value");
            return null;
        }
        double[] out = new double[seq.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.quantity(seq.items().get(i), unit, path + "[" + i + "]");
            if (Double.isNaN(out[i])) {
                return null;
            }
        }
        return out;
    }
}
