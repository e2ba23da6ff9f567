package hnsim.sensitivity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The analyses {@code hnsim sensitivity --method} can ask for. Tail drivers come with any of them. */
public enum Method {
    /** Standardised rank regression coefficients and shares, year by year. */
    SRRC,
    /** One-at-a-time (P10/P90 on the central path) and Monte Carlo (bottom/top decile) tornadoes. */
    TORNADO,
    /** Sobol first-order and total indices from a Saltelli design, with bootstrap intervals. */
    SOBOL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<Method> parse(java.util.List<String> names) {
        Set<Method> out = EnumSet.noneOf(Method.class);
        for (String name : names) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            Method m = switch (key) {
                case "src", "srrc", "regression" -> SRRC;
                case "tornado" -> TORNADO;
                case "sobol" -> SOBOL;
                default -> throw new IllegalArgumentException("--method takes src, tornado and sobol (comma-separated),"
                        + " got '" + name + "'");
            };
            out.add(m);
        }
        return out;
    }
}
