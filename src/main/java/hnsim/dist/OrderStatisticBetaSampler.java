package hnsim.dist;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Beta(a, b) for whole-number shapes as an order statistic: the a-th smallest of n = a + b - 1
 * independent uniforms on (0, 1), which is the b-th largest, is exactly Beta(a, b) distributed
 * (David and Nagaraja, <i>Order Statistics</i>, 3rd ed. 2003, section 2.1). Used where one of
 * the shapes is 1 or 2, so a single pass over the uniforms keeps at most the two largest of
 * them in registers, with branch-free minimum and maximum: for the savings-delivery
 * distributions Beta(4, 2) and Beta(3, 2) a draw is five or four uniforms, about half the cost
 * of the ratio of two gamma draws it replaces there (SamplerBenchmark: beta against
 * beta-gamma-ratio).
 *
 * <p>Uniforms are {@code nextDouble()} (multiples of 2^-53 in [0, 1)).
 */
final class OrderStatisticBetaSampler implements ContinuousSampler {
    /** Up to this many uniforms a draw is cheaper than the gamma ratio (about 8 uniforms' worth). */
    static final int MAX_UNIFORMS = 8;

    private final UniformRandomProvider rng;
    private final int n;
    /** b <= a: the b-th largest uniform is the draw; else the a-th largest is a Beta(b, a) draw, and 1 minus it the draw. */
    private final boolean largest;
    /** Whether the statistic is the second largest (the smaller shape is 2) rather than the largest (it is 1). */
    private final boolean second;

    OrderStatisticBetaSampler(UniformRandomProvider rng, int alpha, int beta) {
        if (!applies(alpha, beta)) {
            throw new IllegalArgumentException("order statistics serve whole shapes, one of them 1 or 2, with"
                    + " alpha + beta - 1 <= " + MAX_UNIFORMS + "; got " + alpha + ", " + beta);
        }
        this.rng = rng;
        this.n = alpha + beta - 1;
        this.largest = beta <= alpha;
        this.second = Math.min(alpha, beta) == 2;
    }

    static boolean applies(double alpha, double beta) {
        return alpha >= 1 && beta >= 1 && alpha == Math.rint(alpha) && beta == Math.rint(beta)
                && Math.min(alpha, beta) <= 2 && alpha + beta - 1 <= MAX_UNIFORMS;
    }

    @Override
    public double sample() {
        double x = second ? secondLargest() : largest();
        return largest ? x : 1 - x;
    }

    private double largest() {
        double first = rng.nextDouble();
        for (int i = 1; i < n; i++) {
            first = Math.max(first, rng.nextDouble());
        }
        return first;
    }

    /**
     * The second largest of n >= 2 uniforms. Uniforms are taken in pairs, each pair ordered on
     * its own before it meets the running pair: that halves the chain of dependent min/max
     * operations through the loop, which is what a draw's time is (SamplerBenchmark: about twice
     * as fast as one uniform at a time).
     */
    private double secondLargest() {
        double a = rng.nextDouble();
        double b = rng.nextDouble();
        double first = Math.max(a, b);
        double next = Math.min(a, b);
        int left = n - 2;
        while (left >= 2) {
            double u = rng.nextDouble();
            double v = rng.nextDouble();
            double high = Math.max(u, v);
            double low = Math.min(u, v);
            next = Math.max(Math.max(next, low), Math.min(high, first));
            first = Math.max(first, high);
            left -= 2;
        }
        if (left == 1) {
            double u = rng.nextDouble();
            next = Math.max(next, Math.min(u, first));
        }
        return next;
    }
}
