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
    /** Most trajectories of one run: the store indexes them with an int. */
    static final long MAX_PER_RUN = Integer.MAX_VALUE - 8;
    private static final double MAX_WRITTEN = 1e15;

    private TrajectoryCount() {
    }

    /** The count as written; {@link #check} then decides whether this machine can run it. */
    static long parse(String text) {
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
        if (value > MAX_WRITTEN) {
            throw new BadInputException("--trajectories " + text.trim() + " is beyond any run: at most "
                    + String.format(Locale.UK, "%,d", MAX_PER_RUN) + " in one run");
        }
        return (long) value;
    }

    /** The count as an int when it fits in this Java heap and in one run; else a message with the memory needed. */
    static int check(long trajectories, int options, int years) {
        double need = (double) TrajectoryStore.bytesNeeded(options, years, 1) * trajectories;
        long max = Runtime.getRuntime().maxMemory();
        if (trajectories > MAX_PER_RUN || need > HEAP_SHARE * max) {
            String limit = trajectories > MAX_PER_RUN
                    ? String.format(Locale.UK, "; one run holds at most %,d trajectories, so split the sweep into runs"
                            + " with different seeds", MAX_PER_RUN)
                    : String.format(Locale.UK, "; run fewer trajectories or raise the heap, e.g. JAVA_OPTS=-Xmx%dg",
                            (long) Math.ceil(need / HEAP_SHARE / 1e9) + 1);
            throw new BadInputException(String.format(Locale.UK,
                    "%,d trajectories of %d option%s over %d years would need %s of memory to store, more than this"
                            + " Java heap (%.1f GB) can spare%s",
                    trajectories, options, options == 1 ? "" : "s", years, gigabytes(need), max / 1e9, limit));
        }
        return (int) trajectories;
    }

    private static String gigabytes(double bytes) {
        return bytes >= 1e12 ? String.format(Locale.UK, "%,.0f TB", bytes / 1e12) : String.format(Locale.UK, "%,.1f GB", bytes / 1e9);
    }
}
