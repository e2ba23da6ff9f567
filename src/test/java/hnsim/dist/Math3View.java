package hnsim.dist;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;

/** Test helper: an hnsim distribution seen through commons-math3's interface, for its goodness-of-fit tests. */
public final class Math3View {
    private Math3View() {
    }

    /** Our distribution seen as commons-math3's, for its Kolmogorov-Smirnov test (which uses only the CDF). */
    public static RealDistribution of(Distribution d) {
        return new AbstractRealDistribution(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public double cumulativeProbability(double x) {
                return d.cdf(x);
            }

            @Override
            public double density(double x) {
                throw new UnsupportedOperationException("the KS test needs only the CDF");
            }

            @Override
            public double getNumericalMean() {
                return d.mean();
            }

            @Override
            public double getNumericalVariance() {
                return d.variance();
            }

            @Override
            public double getSupportLowerBound() {
                return d.quantile(0);
            }

            @Override
            public double getSupportUpperBound() {
                return d.quantile(1);
            }

            @Override
            @SuppressWarnings("deprecation")
            public boolean isSupportLowerBoundInclusive() {
                return true;
            }

            @Override
            @SuppressWarnings("deprecation")
            public boolean isSupportUpperBoundInclusive() {
                return true;
            }

            @Override
            public boolean isSupportConnected() {
                return true;
            }
        };
    }
}
