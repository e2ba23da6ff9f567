package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExceedanceGridTest {
    @Test
    void countsAValueOnAGridPointAsNotAboveIt() {
        // Points 0, 1, 2, 3, 4: the values 1 and 3 lie on points, 2 twice.
        ExceedanceGrid grid = new ExceedanceGrid(0, 4, 5);
        double[] shares = grid.shareAbove(new double[] {1, 2, 2, 3});

        assertThat(shares).containsExactly(1.0, 0.75, 0.25, 0.0, 0.0);
    }

    @Test
    void equalsTheSortedSampleReadByBinarySearchOnTiesAndGridPoints() {
        SplittableRandom random = new SplittableRandom(20261129);
        for (int trial = 0; trial < 200; trial++) {
            double low = -50e6 + random.nextDouble() * 100e6;
            double high = low + 1e3 + random.nextDouble() * 900e6;
            int points = 2 + random.nextInt(400);
            ExceedanceGrid grid = new ExceedanceGrid(low, high, points);
            double[] values = new double[1 + random.nextInt(3000)];
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (random.nextInt(4)) {
                    case 0 -> grid.point(random.nextInt(points)); // exactly on a point
                    case 1 -> i > 0 ? values[random.nextInt(i)] : low; // a tie with an earlier value
                    case 2 -> Math.nextUp(grid.point(random.nextInt(points))); // just above a point
                    default -> low + random.nextDouble() * (high - low);
                };
            }
            assertThat(grid.shareAbove(values)).as("trial %d", trial).containsExactly(bySorting(values, grid));
        }
    }

    @Test
    void valuesOutsideTheGridAndNaNCountAsASortWouldPlaceThem() {
        ExceedanceGrid grid = new ExceedanceGrid(10, 20, 3);
        double[] values = {-1e300, 5, 10, 15, 20, 25, 1e300, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};

        assertThat(grid.shareAbove(values)).containsExactly(bySorting(values, grid));
        assertThat(grid.shareAbove(values)).containsExactly(0.6, 0.5, 0.4);
    }

    @Test
    void refusesAGridOfOnePoint() {
        assertThatThrownBy(() -> new ExceedanceGrid(0, 1, 1)).hasMessageContaining("at least 2 points");
    }

    /** The reference: sort, then the share strictly above each point by binary search. */
    private static double[] bySorting(double[] values, ExceedanceGrid grid) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] shares = new double[grid.points()];
        for (int i = 0; i < shares.length; i++) {
            double x = grid.point(i);
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) { // first index with a value > x
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            shares[i] = (double) (sorted.length - lo) / sorted.length;
        }
        return shares;
    }
}
