package hnsim.cli;

import java.util.Locale;

/**
 * Parses {@code --trajectories} ({@code 10000}, {@code 1e6}, {@code 10^6}, {@code 1,000,000})
 * and refuses counts that would run for days, saying how long they would take.
 */
final class TrajectoryCount {
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

    /** Trajectory-years a run may ask for; beyond this it would take days on any machine. */
    static final double MAX_TRAJECTORY_YEARS = 1e10;
    /** A conservative cost of one trajectory-year on one thread, for the estimate in the message. */
    private static final double SECONDS_PER_TRAJECTORY_YEAR = 3e-7;

    /**
     * Refuses runs that would take days. Memory is not the limit: runs too large to store
     * every trajectory switch to mergeable sketches.
     */
    static void checkFeasible(long trajectories, int options, int years, int threads) {
        double trajectoryYears = (double) trajectories * options * years;
        if (trajectoryYears > MAX_TRAJECTORY_YEARS) {
            double hours = trajectoryYears * SECONDS_PER_TRAJECTORY_YEAR / threads / 3600;
            throw new BadInputException(String.format(Locale.UK,
                    "%,d trajectories of %d option%s over %d years is %.1e trajectory-years, about %.0f hours on %d thread%s; "
                            + "run fewer trajectories (1e6 gives percentiles to a fraction of a percent)",
                    trajectories, options, options == 1 ? "" : "s", years, trajectoryYears, hours, threads,
                    threads == 1 ? "" : "s"));
        }
    }
}
