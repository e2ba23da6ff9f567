package hnsim.report.chart;

/**
 * The share of a sample strictly above each point of an evenly spaced grid, by one counting
 * pass over the values instead of a sort: a run of 10^6 trajectories plots a few hundred points
 * per curve, and sorting each year's column to read them cost more than drawing the chart.
 *
 * <p>The shares are exactly those of a sorted sample read by binary search: every value is
 * placed against the grid points as computed by {@link #point} (the same expression the chart
 * plots), so a value lying exactly on a point counts as not above it, as a sort would count it.
 *
 * @param low the first grid point
 * @param high the last grid point
 * @param points how many points, at least 2
 */
record ExceedanceGrid(double low, double high, int points) {
    ExceedanceGrid {
        if (points < 2) {
            throw new IllegalArgumentException("an exceedance grid needs at least 2 points, not " + points);
        }
    }

    /** Grid point {@code i}: {@code low} for 0, {@code high} for the last. */
    double point(int i) {
        return low + (high - low) * i / (points - 1);
    }

    /**
     * For each grid point, the share of {@code values} strictly above it. A NaN counts as above
     * every point, where a sort puts it.
     */
    double[] shareAbove(double[] values) {
        // below[k]: how many values have exactly k grid points strictly below them.
        long[] below = new long[points + 1];
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = point(i);
        }
        double scale = (points - 1) / (high - low);
        for (double v : values) {
            below[pointsBelow(grid, v, scale)]++;
        }
        // A value is above point i when more than i points lie below it.
        double[] shares = new double[points];
        long above = 0;
        for (int i = points - 1; i >= 0; i--) {
            above += below[i + 1];
            shares[i] = (double) above / values.length;
        }
        return shares;
    }

    /** The number of grid points strictly below {@code v}: a guess from the spacing, corrected against the points themselves. */
    private int pointsBelow(double[] grid, double v, double scale) {
        if (Double.isNaN(v)) {
            return points;
        }
        double guess = (v - low) * scale;
        int k = guess <= 0 ? 0 : guess >= points ? points : (int) guess;
        while (k < points && grid[k] < v) {
            k++;
        }
        while (k > 0 && grid[k - 1] >= v) {
            k--;
        }
        return k;
    }
}
