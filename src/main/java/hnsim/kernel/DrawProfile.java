package hnsim.kernel;

import hnsim.dist.Distribution;
import hnsim.dist.UncertainValue;
import hnsim.model.InputCatalogue;
import hnsim.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The random work one trajectory of a run takes, by kind, read from the sampler the kernel
 * builds (so from each option's {@link InputCatalogue}, with the draws options share counted
 * once): with the measured cost of each kind, the floor below which the kernel cannot go.
 *
 * <p>Kinds: a distribution's name (e.g. {@code normal}, {@code beta}) for an input drawn by its
 * own sampler; {@code quantile-<name>} for a value mapped from a normal score, as AR(1)
 * persistence and the Gaussian copula need (one standard normal draw plus
 * {@code quantileAtNormalScore}); {@code bernoulli} for an event; {@code fixed} for a known year
 * of an otherwise uncertain input (no cost).
 */
public final class DrawProfile {
    private DrawProfile() {
    }

    /** Work per trajectory of one scenario by kind, e.g. {beta=28, normal=8, quantile-normal=24}. */
    public static Map<String, Integer> of(Scenario scenario) {
        return of(List.of(scenario));
    }

    /** Work per trajectory of a run of these options on shared draws. */
    public static Map<String, Integer> of(List<Scenario> options) {
        return new InputSampler(options.stream().map(InputCatalogue::of).toList(), 0, Sampling.MONTE_CARLO).profile();
    }

    public static int total(Scenario scenario) {
        return of(scenario).values().stream().mapToInt(Integer::intValue).sum();
    }

    static String kind(UncertainValue v) {
        return kind(v.distribution());
    }

    static String kind(Distribution d) {
        return d.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
