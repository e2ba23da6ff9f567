package hnsim.decision;

import hnsim.scenario.Quantities;
import hnsim.scenario.ScenarioOverride;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario value to vary ({@code --vary PATH=FROM:TO:STEP}, {@code PATH=V1;V2;...} or, for
 * solve, {@code PATH=FROM:TO}): its path and values. Values are written with their unit as in
 * the scenario file ({@code 0%:1.5%:0.25%}, {@code 0:5m:1m}); each value is put into the
 * scenario as a plain number ({@code 0.005}), which every unit of the file reads as itself.
 *
 * @param percent true when the values were written as percentages, so they are shown as such
 */
public record Parameter(String path, List<Double> values, boolean percent, double from, double to) {
    /** Most values one sweep runs; each is a full run of every option. */
    public static final int MAX_VALUES = 200;

    public Parameter {
        values = List.copyOf(values);
    }

    /** Parses {@code PATH=FROM:TO:STEP} or {@code PATH=V1;V2;...} (a sweep). */
    public static Parameter sweep(String text) {
        String[] parts = split(text, "--vary");
        String spec = parts[1];
        if (spec.contains(";")) {
            List<Double> values = new ArrayList<>();
            boolean percent = false;
            for (String v : spec.split(";")) {
                if (!v.isBlank()) {
                    values.add(quantity(v, text));
                    percent |= v.trim().endsWith("%");
                }
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("--vary " + text + ": no values given");
            }
            return new Parameter(parts[0], values, percent, values.get(0), values.get(values.size() - 1));
        }
        String[] range = spec.split(":");
        if (range.length != 3) {
            throw new IllegalArgumentException("--vary " + text + ": expected PATH=FROM:TO:STEP (e.g. "
                    + "transfers.0.rate=0%:1.5%:0.25%) or PATH=V1;V2;... (e.g. transfers.0.rate=0%;0.5%;1%)");
        }
        double from = quantity(range[0], text);
        double to = quantity(range[1], text);
        double step = quantity(range[2], text);
        if (!(step > 0)) {
            throw new IllegalArgumentException("--vary " + text + ": the step must be greater than 0");
        }
        if (to < from) {
            throw new IllegalArgumentException("--vary " + text + ": TO must not be below FROM");
        }
        // Counted in whole steps (with a little slack for decimals), so TO is included when the steps reach it.
        long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
        if (count > MAX_VALUES) {
            throw new IllegalArgumentException(String.format(Locale.UK, "--vary %s: %,d values; at most %d, "
                    + "so take a larger step", text, count, MAX_VALUES));
        }
        List<Double> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            values.add(clean(from + i * step));
        }
        return new Parameter(parts[0], values, range[0].trim().endsWith("%"), from, to);
    }

    /** Parses {@code PATH=FROM:TO} (a solve's search range). */
    public static Parameter range(String text) {
        String[] parts = split(text, "--vary");
        String[] range = parts[1].split(":");
        if (range.length != 2) {
            throw new IllegalArgumentException("--vary " + text + ": expected PATH=FROM:TO, e.g. transfers.0.rate=0%:3%");
        }
        double from = quantity(range[0], text);
        double to = quantity(range[1], text);
        if (!(to > from)) {
            throw new IllegalArgumentException("--vary " + text + ": TO must be greater than FROM");
        }
        return new Parameter(parts[0], List.of(from, to), range[0].trim().endsWith("%"), from, to);
    }

    private static String[] split(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(option + " " + text + ": expected PATH=FROM:TO:STEP, e.g. transfers.0.rate=0%:1.5%:0.25%");
        }
        return new String[] {text.substring(0, eq).trim(), text.substring(eq + 1).trim()};
    }

    /** A number with its unit: 1.5% is 0.015, 2.5m is 2,500,000, 0.005 is itself. */
    static double quantity(String text, String whole) {
        String t = text.trim();
        try {
            return t.endsWith("%") ? Quantities.rate(t) : Quantities.money(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--vary " + whole + ": '" + t + "': " + e.getMessage());
        }
    }

    /** Removes the binary dust of adding steps: 0.1 + 0.2 is 0.3 here. */
    static double clean(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
    }

    /** The value as it is written into the scenario: a plain number, e.g. 0.005. */
    public static String text(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : d.toPlainString();
    }

    /** The override that sets this parameter to {@code value}. */
    public ScenarioOverride at(double value) {
        return new ScenarioOverride(path, text(value));
    }

    /** The value for people: 0.75% or 2,500,000. */
    public String display(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (percent) {
            return new BigDecimal(value * 100).round(new java.math.MathContext(5)).stripTrailingZeros()
                    .toPlainString() + "%";
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.UK, "%,.0f", value) : text(value);
    }
}
