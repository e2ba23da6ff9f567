package hnsim.dist;

import java.util.Locale;

/** How a scenario quantity is written and shown: money, a rate, a count or a bare number. */
public enum Unit {
    MONEY, RATE, PROBABILITY, COUNT, NUMBER;

    /** Formats a value of this unit for people: {@code £2.10m}, {@code 6.0%}, {@code 1,900}. */
    public String format(double value) {
        return switch (this) {
            case MONEY -> formatMoney(value);
            case RATE, PROBABILITY -> trim(String.format(Locale.UK, "%.3f", value * 100)) + "%";
            case COUNT -> String.format(Locale.UK, "%,.0f", value);
            case NUMBER -> trim(String.format(Locale.UK, "%.4f", value));
        };
    }

    private static String formatMoney(double pounds) {
        double abs = Math.abs(pounds);
        String sign = pounds < 0 ? "-" : "";
        if (abs >= 1e6) {
            return sign + "£" + trim(String.format(Locale.UK, "%.3f", abs / 1e6)) + "m";
        }
        if (abs >= 1e3) {
            return sign + "£" + trim(String.format(Locale.UK, "%.2f", abs / 1e3)) + "k";
        }
        return sign + "£" + trim(String.format(Locale.UK, "%.2f", abs));
    }

    /** Drops trailing zeros of a fixed-point number ({@code %.Nf} with N > 0, so it has a point). */
    private static String trim(String decimal) {
        String t = decimal.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
