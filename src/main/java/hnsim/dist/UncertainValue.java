package hnsim.dist;

import java.util.Objects;

/**
 * One uncertain scenario input: its distribution, the unit it is written in, and its central
 * value. The central value is what {@code --deterministic} uses: the {@code plan} value when
 * the scenario gives one (a plan that assumes savings are delivered in full, say, while the
 * distribution says otherwise), otherwise the distribution's mean. {@code source} is the label the
 * file gives the assumption ({@code source: "judgement: ..."}), or null.
 */
public record UncertainValue(Distribution distribution, Unit unit, Double plan, String source) {
    public UncertainValue {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(unit, "unit");
        if (plan != null && !Double.isFinite(plan)) {
            throw new IllegalArgumentException("plan must be a finite number, got " + plan);
        }
    }

    /** An input without a stated source. */
    public UncertainValue(Distribution distribution, Unit unit, Double plan) {
        this(distribution, unit, plan, null);
    }

    public static UncertainValue fixed(double value, Unit unit) {
        return new UncertainValue(new Fixed(value), unit, null);
    }

    public double central() {
        return plan != null ? plan : distribution.mean();
    }

    public boolean isFixed() {
        return distribution.isFixed() && (plan == null || plan == distribution.mean());
    }

    public String describe() {
        String text = distribution.describe(unit);
        return plan == null ? text : text + ", plan " + unit.format(plan);
    }
}
