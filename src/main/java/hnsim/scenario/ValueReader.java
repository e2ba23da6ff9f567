package hnsim.scenario;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads scalar values, per-year lists and probabilities from nodes, reporting each problem
 * with its location and key path and returning a harmless stand-in so reading can go on.
 */
final class ValueReader {
    private final Problems problems;
    private final DistributionReader distributions;
    private final int years;

    ValueReader(Problems problems, int years) {
        this.problems = problems;
        this.years = years;
        this.distributions = new DistributionReader(problems, this);
    }

    int years() {
        return years;
    }

    /** The text of a scalar, or null (reported) for a mapping, list or null. */
    String scalarText(YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return s.text();
        }
        problems.error(node, path, "expected " + expected + ", found " + YamlNode.describe(node));
        return null;
    }

    String text(YamlNode node, String path) {
        String t = scalarText(node, path, "text");
        if (t != null && t.isBlank()) {
            problems.error(node, path, "must not be blank");
        }
        String bidi = t == null ? null : BidiControls.problem(t, "the text");
        if (bidi != null) {
            problems.error(node, path, bidi);
        }
        return t == null ? "" : t.strip();
    }

    FinancialYear year(YamlNode node, String path) {
        String t = scalarText(node, path, "a financial year such as 2021/22");
        if (t == null) {
            return null;
        }
        try {
            return FinancialYear.parse(t);
        } catch (IllegalArgumentException e) {
            problems.error(node, path, e.getMessage());
            return null;
        }
    }

    boolean flag(YamlNode node, String path) {
        String t = scalarText(node, path, "true or false");
        if (t == null) {
            return false;
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t.toLowerCase());
        }
        problems.error(node, path, "expected true or false, got '" + t + "'");
        return false;
    }

    /** A certain quantity; NaN after a reported problem. */
    double quantity(YamlNode node, Unit unit, String path) {
        String t = scalarText(node, path, expectation(unit));
        if (t == null) {
            return Double.NaN;
        }
        try {
            double value = Quantities.parse(t, unit);
            String implausible = Plausibility.limit(unit, value);
            if (implausible != null) {
                problems.error(node, path, implausible);
                return Double.NaN;
            }
            Plausibility.warning(unit, value, t).ifPresent(w -> problems.warning(node, path, w));
            return value;
        } catch (IllegalArgumentException e) {
            problems.error(node, path, e.getMessage());
            return Double.NaN;
        }
    }

    double nonNegative(YamlNode node, Unit unit, String path) {
        double value = quantity(node, unit, path);
        if (value < 0) {
            problems.error(node, path, "must not be negative, got " + unit.format(value));
            return Double.NaN;
        }
        return value;
    }

    static String expectation(Unit unit) {
        return switch (unit) {
            case MONEY -> "an amount of money such as 81.96m or 250k";
            case RATE -> "a rate such as 0.5% or 0.005";
            case PROBABILITY -> "a probability such as 30%";
            case COUNT -> "a whole number";
            case NUMBER -> "a number";
        };
    }

    UncertainValue uncertain(YamlNode node, Unit unit, String path) {
        if (node instanceof YamlNode.Mapping mapping) {
            return distributions.read(mapping, unit, path);
        }
        double value = quantity(node, unit, path);
        return UncertainValue.fixed(Double.isNaN(value) ? 0 : value, unit);
    }

    /**
     * One value for all years, or a list of exactly one per modelled year. Returns a list of
     * {@code years} entries in any case.
     */
    <T> List<T> perYear(YamlNode node, String path, T fallback, BiFunction<YamlNode, String, T> each) {
        if (node instanceof YamlNode.Sequence seq) {
            if (seq.items().size() != years) {
                problems.error(node, path, "expected one value per modelled year (" + years + "), found "
                        + seq.items().size());
                return Collections.nCopies(years, fallback);
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < years; i++) {
                out.add(each.apply(seq.items().get(i), path + "[" + i + "]"));
            }
            return out;
        }
        return Collections.nCopies(years, each.apply(node, path));
    }

    List<UncertainValue> uncertainPerYear(YamlNode node, Unit unit, String path, double absentValue) {
        if (node == null) {
            return Collections.nCopies(years, UncertainValue.fixed(absentValue, unit));
        }
        return perYear(node, path, UncertainValue.fixed(absentValue, unit), (n, p) -> uncertain(n, unit, p));
    }

    /**
     * A yearly growth or inflation rate: a warning above 50% a year, an error at -100% or
     * below (nothing can shrink by more than all of it).
     */
    List<UncertainValue> growthPerYear(YamlNode node, String path) {
        int warningsBefore = problems.warnings().size();
        List<UncertainValue> rates = uncertainPerYear(node, Unit.RATE, path, 0);
        // A rate written without % has been warned about already; one warning per value is enough.
        boolean warned = problems.warnings().size() > warningsBefore;
        for (UncertainValue g : rates) {
            double belowAll = g.distribution().cdf(-1);
            if (g.central() > -1 && belowAll > 1e-9) {
                problems.error(node, path, "the distribution " + g.describe() + " falls to -100% or below with "
                        + "probability " + Unit.PROBABILITY.format(belowAll) + ", which would make the amount "
                        + "negative; narrow it or add truncate: [-50%, 50%]");
                break;
            }
            if (g.distribution().sd() > 0.5 && !warned) {
                problems.warning(node, path, "a yearly rate with a standard deviation of "
                        + Unit.RATE.format(g.distribution().sd()) + " is unusually wide; check the figures "
                        + "(6% is written 6% or 0.06)");
                break;
            }
            if (g.central() <= -1) {
                problems.error(node, path, "a yearly change of " + Unit.RATE.format(g.central())
                        + " would make the amount negative; a fall is written like -5%");
                break;
            }
            if (g.central() > 0.5 && !warned) {
                problems.warning(node, path, "a rise of " + Unit.RATE.format(g.central())
                        + " a year is unusually large; check the figure (5% is written 5% or 0.05)");
                break;
            }
        }
        return rates;
    }

    /** A probability, or {@code {probability, plan}}. */
    Chance chance(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping) {
            ObjView view = ObjView.of(node, (Spec.Obj) ((Spec.OneOf) ScenarioSchema.CHANCE).choices().get(1), path, problems);
            if (view == null || !view.has("probability")) {
                return Chance.of(0);
            }
            double p = quantity(view.get("probability"), Unit.PROBABILITY, view.path("probability"));
            double plan = view.has("plan") ? quantity(view.get("plan"), Unit.PROBABILITY, view.path("plan")) : p;
            return Double.isNaN(p) || Double.isNaN(plan) ? Chance.of(0) : new Chance(p, plan);
        }
        double p = quantity(node, Unit.PROBABILITY, path);
        return Double.isNaN(p) ? Chance.of(0) : Chance.of(p);
    }

    Problems problems() {
        return problems;
    }
}
