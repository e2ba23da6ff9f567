package hnsim.cli;

import hnsim.kernel.TrajectoryStore;
import java.util.Locale;

/**
 * Parses {@code --trajectories} ({@code 10000}, {@code 1e6}, {@code 10^6}, {@code 1,000,000})
 * and refuses counts the machine cannot hold, saying how much memory they would need.
 */
final class TrajectoryCount {
    /** Share of the maximum heap the trajectory store may take; the rest is for statistics. */
    private static final double HEAP_SHARE = 0.45;

    private TrajectoryCount() {
    }

    static int parse(String text) {
        String t = text.trim().replace(",", "").replace("_", "");
        double value;
        try {
            if (t.matches("\\d+\\^\\d+")) {
                String[] parts = t.split("\\^");
                value = Math.pow(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            } else {
                value = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            throw new BadInputException("--trajectories expects a whole number such as 10000 or 1e6, got '" + text + "'");
        }
        if (!(value >= 1) || value != Math.rint(value)) {
            throw new BadInputException("--trajectories must be a whole number of at least 1, got '" + text + "'");
        }
        if (value > Integer.MAX_VALUE - 8) {
            throw new BadInputException(String.format(Locale.UK,
                    "--trajectories %s is too many: at most %,d in one run (split larger sweeps into runs with different seeds)",
                    text.trim(), Integer.MAX_VALUE - 8));
        }
        return (int) value;
    }

    static void checkMemory(long trajectories, int options, int years) {
        long need = TrajectoryStore.bytesNeeded(options, years, trajectories);
        long max = Runtime.getRuntime().maxMemory();
        if (need > HEAP_SHARE * max) {
            throw new BadInputException(String.format(Locale.UK,
                    "%,d trajectories of %d option%s over %d years need %.1f GB to store, more than this Java heap "
                            + "(%.1f GB) can spare; run fewer trajectories or raise the heap, e.g. JAVA_OPTS=-Xmx%dg",
                    trajectories, options, options == 1 ? "" : "s", years, need / 1e9, max / 1e9,
                    (long) Math.ceil(need / HEAP_SHARE / 1e9) + 1));
        }
    }
}
