package hnsim.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as the charts and the report show them to people, in one place so a threshold or a
 * probability reads the same in a chart label and in the table beside it.
 */
public final class Figures {
    private Figures() {
    }

    /** £m with at most one decimal, as people say it: £29.2m, £50m, -£2m. */
    public static String money(double pounds) {
        double m = pounds / 1e6;
        return (m < 0 ? "-" : "") + "£" + ukFormat("#,##0.#").format(Math.abs(m)) + "m";
    }

    /** Whole percentages; "<1%" and ">99%" rather than a 0% or 100% that is not certain; "" for NaN. */
    public static String percent(double probability) {
        if (Double.isNaN(probability)) {
            return "";
        }
        if (probability > 0 && probability < 0.005) {
            return "<1%";
        }
        if (probability < 1 && probability > 0.995) {
            return ">99%";
        }
        return Math.round(probability * 100) + "%";
    }

    /**
     * Percentages to one decimal for the console table: 58.5%; "&gt;99.9%" and "&lt;0.1%" rather
     * than a 100.0% or 0.0% that is not certain (99.98% is not 100%); exactly 0 and 1 print as
     * 0.0% and 100.0%; "" for NaN.
     */
    public static String percentTenths(double probability) {
        if (Double.isNaN(probability)) {
            return "";
        }
        if (probability > 0 && probability < 0.0005) {
            return "<0.1%";
        }
        if (probability < 1 && probability >= 0.9995) {
            return ">99.9%";
        }
        return String.format(Locale.UK, "%.1f%%", probability * 100);
    }

    /** Patterns in UK symbols whatever the machine's locale, so the same run draws the same figures. */
    public static DecimalFormat ukFormat(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
