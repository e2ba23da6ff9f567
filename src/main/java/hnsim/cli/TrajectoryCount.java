package hnsim.cli;

import java.util.Locale;

/**
 * Parses {@code --trajectories} ({@code 10000}, {@code 1e6}, {@code 10^6}, {@code 1,000,000})
 * and refuses counts that would run for days, saying how long they would take.
 */
final class TrajectoryCount {
    /** Most trajectories of one run: trajectories are indexed with an int. */
    static final long MAX_PER_RUN = Integer.MAX_VALUE - 8;
    private static final double MAX_WRITTEN = 1e15;
    /** Trajectory-years a run may ask for; beyond this it would take hours on any machine. */
    static final double MAX_TRAJECTORY_YEARS = 1e10;
    /** A conservative cost of one trajectory-year on one thread, for the estimate in the message. */
    private static final double SECONDS_PER_TRAJECTORY_YEAR = 3e-7;

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

    /**
     * The count as an int when one run can do it in reasonable time; else a message with the
     * time it would take. Memory is not the limit: runs too large to store every trajectory
     * switch to mergeable sketches, whose memory does not grow with the count.
     */
    static int check(long trajectories, int options, int years, int threads) {
        double trajectoryYears = (double) trajectories * options * years;
        if (trajectories > MAX_PER_RUN || trajectoryYears > MAX_TRAJECTORY_YEARS) {
            double hours = trajectoryYears * SECONDS_PER_TRAJECTORY_YEAR / threads / 3600;
            String limit = trajectories > MAX_PER_RUN
                    ? String.format(Locale.UK, "; one run holds at most %,d trajectories", MAX_PER_RUN)
                    : "";
            throw new BadInputException(String.format(Locale.UK,
                    "%,d trajectories of %d option%s over %d years is %.1e trajectory-years, about %s on %d thread%s%s; "
                            + "run fewer (1e6 gives percentiles to a fraction of a percent) or split the sweep into runs"
                            + " with different seeds",
                    trajectories, options, options == 1 ? "" : "s", years, trajectoryYears, duration(hours), threads,
                    threads == 1 ? "" : "s", limit));
        }
        return (int) trajectories;
    }

    private static String duration(double hours) {
        if (hours >= 24 * 365) {
            return String.format(Locale.UK, "%,.0f years", hours / 24 / 365);
        }
        return hours >= 48 ? String.format(Locale.UK, "%,.0f days", hours / 24) : String.format(Locale.UK, "%.0f hours", hours);
    }
}
