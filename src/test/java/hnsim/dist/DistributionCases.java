package hnsim.dist;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The distributions every statistical test runs over, with readable names for the report. */
final class DistributionCases {
    private DistributionCases() {
    }

    /** Every continuous form a scenario can write, including truncations and edge shapes. */
    static List<Distribution> continuous() {
        return List.of(
                new Normal(0.05, 0.02),
                new Normal(-3, 10),
                LogNormal.ofMeanSd(54_000, 8_000),
                LogNormal.ofMedianP90(0.06, 0.09),
                new Uniform(-0.01, 0.03),
                new Triangular(0.03, 0.05, 0.10),
                new Triangular(0, 0, 1),
                new Triangular(2, 5, 5),
                new Pert(0.02, 0.045, 0.10),
                new Pert(0, 0, 1),
                new Beta(3, 2),
                new Beta(0.5, 0.5),
                new Beta(0.7, 4),
                Beta.ofMeanSd(0.6, 0.15),
                new Truncated(new Normal(0.05, 0.02), 0, 0.08),
                new Truncated(new Normal(0, 1), 1.5, 4),
                new Truncated(LogNormal.ofMeanSd(54_000, 20_000), 40_000, 90_000),
                new Truncated(new Triangular(0, 0.3, 1), 0.2, 0.9),
                new Truncated(new Pert(0, 0.5, 1), 0.1, 0.6));
    }

    /** The finitely-supported forms, tested by chi-square over their values. */
    static List<Distribution> discrete() {
        return List.of(
                new Bernoulli(0.3),
                new Bernoulli(0.02),
                new Discrete(new double[] {0.02, 0.04, 0.08}, new double[] {0.5, 0.3, 0.2}),
                new Discrete(new double[] {3, 1, 2, 0}, new double[] {0.1, 0.2, 0.3, 0.4}),
                new Empirical(new double[] {0.031, 0.052, 0.047, 0.093, 0.061, 0.052}),
                new Empirical(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

    static Stream<Arguments> continuousArguments() {
        return continuous().stream().map(d -> Arguments.of(d.describe(Unit.NUMBER), d));
    }

    static Stream<Arguments> discreteArguments() {
        return discrete().stream().map(d -> Arguments.of(d.describe(Unit.NUMBER), d));
    }

    static Stream<Arguments> allArguments() {
        return Stream.concat(continuousArguments(), discreteArguments());
    }
}
