package hnsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for machine-readable outputs: plain decimals, fixed precision, no locale. */
final class Numbers {
    private Numbers() {
    }

    /** At most {@code decimals} places, trailing zeros dropped: 81960000, 0.25, 5546.53. */
    static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    static String millions(double pounds) {
        return String.format(java.util.Locale.UK, "%.2f", pounds / 1e6);
    }
}
