package hnsim.kernel;

import hnsim.model.InputCatalogue;
import hnsim.model.TrajectoryInputs;
import hnsim.model.UncertainInput;
import hnsim.scenario.Correlation;
import hnsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws every uncertain input of one trajectory, for one or several options of a scenario,
 * from the inputs' {@link InputCatalogue}s. Each input has its own named stream, so adding an
 * input to a scenario, or an option dropping one, leaves the other inputs' draws unchanged
 * (common random numbers across options). Inputs named in the scenario's {@code correlation}
 * block are drawn together by a Gaussian copula ({@link CorrelatedInputs}), still each from its
 * own stream.
 *
 * <p>Shared draws: an input that several options declare alike (same stream, same source) is
 * drawn once per trajectory and copied into each option's inputs; an option that changes an
 * input's distribution draws only that input again, from the same stream. A copula's scores
 * are shared by every option with the same group (members, streams, persistence, matrix); an
 * option that changes a member's distribution only maps the shared scores differently. So
 * every option gets exactly the numbers it would get alone, for the cost of the distinct draws.
 *
 * <p>Not thread-safe: the kernel builds one per worker block.
 */
final class InputSampler {
    /** The distinct draws, each copula group before its members. */
    private final List<Draw> draws = new ArrayList<>();
    private final InputCatalogue[] catalogues;
    /** {@code [option][input]}: the draw an option's input reads and where it goes. */
    private final Draw[][] sources;
    private final UncertainInput.Slot[][] slots;
    /** The options' own inputs, with each input's target array resolved once. */
    private final TrajectoryInputs[] owned;
    private final double[][][] targets;
    private final int[][] positions;

    InputSampler(Scenario scenario, long seed) {
        this(scenario, seed, Sampling.MONTE_CARLO);
    }

    InputSampler(Scenario scenario, long seed, Sampling sampling) {
        this(List.of(InputCatalogue.of(scenario)), seed, sampling);
    }

    InputSampler(List<InputCatalogue> options, long seed, Sampling sampling) {
        int n = options.size();
        catalogues = options.toArray(new InputCatalogue[0]);
        sources = new Draw[n][];
        slots = new UncertainInput.Slot[n][];
        owned = new TrajectoryInputs[n];
        targets = new double[n][][];
        positions = new int[n][];
        Map<Object, Draw> distinct = new HashMap<>();
        for (int o = 0; o < n; o++) {
            InputCatalogue catalogue = catalogues[o];
            Map<String, Draw> members = copulaMembers(catalogue, seed, distinct);
            List<UncertainInput> inputs = catalogue.inputs();
            int years = catalogue.scenario().years();
            sources[o] = new Draw[inputs.size()];
            slots[o] = new UncertainInput.Slot[inputs.size()];
            owned[o] = new TrajectoryInputs(catalogue.scenario());
            targets[o] = new double[inputs.size()][];
            positions[o] = new int[inputs.size()];
            for (int k = 0; k < inputs.size(); k++) {
                UncertainInput input = inputs.get(k);
                Draw draw = members.get(input.path());
                if (draw == null) {
                    draw = distinct(distinct, List.of(input.stream(), input.source()), () -> newDraw(input, seed, years, sampling));
                }
                sources[o][k] = draw;
                slots[o][k] = input.slot();
                targets[o][k] = input.slot().array().apply(owned[o]);
                positions[o][k] = input.slot().index();
            }
        }
    }

    /** The catalogue's copula members by path, sharing groups and mappings already made for other options. */
    private Map<String, Draw> copulaMembers(InputCatalogue catalogue, long seed, Map<Object, Draw> distinct) {
        Correlation correlation = catalogue.scenario().correlation();
        Map<String, Draw> out = new LinkedHashMap<>();
        if (correlation.isEmpty()) {
            return out;
        }
        List<CorrelatedInputs.Member> members = new ArrayList<>();
        List<UncertainInput.Yearly> sources = new ArrayList<>();
        for (String path : correlation.inputs()) {
            UncertainInput input = catalogue.byPath(path).orElseThrow(() -> new IllegalStateException(
                    "the correlated input '" + path + "' is not an input of the scenario"));
            if (!(input.source() instanceof UncertainInput.Yearly yearly)) {
                throw new IllegalStateException("the correlated input '" + path + "' has no values by year");
            }
            members.add(new CorrelatedInputs.Member(input.stream(), yearly.persistence()));
            sources.add(yearly);
        }
        int years = catalogue.scenario().years();
        List<Object> groupKey = List.of("copula", members, correlation);
        CorrelatedInputs group = (CorrelatedInputs) distinct(distinct, groupKey,
                () -> new CorrelatedInputs(members, correlation.gaussianFactor(), years, seed));
        for (int m = 0; m < members.size(); m++) {
            int member = m;
            List<UncertainInput.Yearly> byMember = sources;
            out.put(correlation.inputs().get(m), distinct(distinct, List.of(groupKey, m, sources.get(m).byYear()),
                    () -> new Draw.CopulaMember(seed, group, member, byMember.get(member).byYear())));
        }
        return out;
    }

    private Draw distinct(Map<Object, Draw> distinct, Object key, java.util.function.Supplier<Draw> make) {
        Draw draw = distinct.get(key);
        if (draw == null) {
            draw = make.get();
            distinct.put(key, draw);
            draws.add(draw);
        }
        return draw;
    }

    private static Draw newDraw(UncertainInput input, long seed, int years, Sampling sampling) {
        if (input.source() instanceof UncertainInput.Yearly yearly) {
            return new Draw.Independent(seed, input.stream(), yearly);
        }
        return new Draw.Event(seed, input.stream(), (UncertainInput.Event) input.source(), years, sampling);
    }

    /**
     * Prepares the block of trajectories starting at {@code from} (a multiple of
     * {@link RunSettings#BLOCK}): under Latin hypercube sampling, deals the strata of the inputs
     * drawn once per trajectory. Blocks are fixed, so this never depends on the thread count.
     */
    void beginBlock(long from) {
        if (from % RunSettings.BLOCK != 0) {
            throw new IllegalArgumentException("blocks start at multiples of " + RunSettings.BLOCK + ", got " + from);
        }
        for (Draw d : draws) {
            d.beginBlock(from / RunSettings.BLOCK);
        }
    }

    /** Draws trajectory {@code trajectory}'s values of every distinct input of every option. */
    void draw(long trajectory) {
        for (Draw d : draws) {
            d.draw(trajectory);
        }
    }

    /** Option {@code option}'s inputs of the trajectory last drawn, in the sampler's own (reused) instance. */
    TrajectoryInputs inputs(int option) {
        Draw[] from = sources[option];
        double[][] to = targets[option];
        int[] at = positions[option];
        for (int k = 0; k < from.length; k++) {
            double[] values = from[k].values;
            if (at[k] < 0) {
                System.arraycopy(values, 0, to[k], 0, values.length);
            } else {
                to[k][at[k]] = values[0];
            }
        }
        TrajectoryInputs in = owned[option];
        catalogues[option].complete(in);
        return in;
    }

    /** Draws trajectory {@code trajectory} of a single-option sampler into {@code in}. */
    void fill(long trajectory, TrajectoryInputs in) {
        draw(trajectory);
        Draw[] from = sources[0];
        UncertainInput.Slot[] to = slots[0];
        for (int k = 0; k < from.length; k++) {
            to[k].put(in, from[k].values);
        }
        catalogues[0].complete(in);
    }

    /** The distinct draws' random work per trajectory by kind ({@link Draw#profile}). */
    java.util.Map<String, Integer> profile() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Draw d : draws) {
            d.profile(counts);
        }
        return counts;
    }

    /** Random numbers one trajectory consumes, over the distinct draws of all options: the unit of the benchmark's floor. */
    int drawsPerTrajectory() {
        int total = 0;
        for (Draw d : draws) {
            total += d.draws();
        }
        return total;
    }
}
