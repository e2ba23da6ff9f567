package hnsim.model;

import hnsim.dist.UncertainValue;
import hnsim.scenario.Chance;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One uncertain input of a scenario, declared once in its {@link InputCatalogue}: everything the
 * sampler, the deterministic path, the draw floor and the sensitivity analysis need to know
 * about it.
 *
 * @param path the input's name in the scenario file, e.g. {@code placements.special_school.growth}
 *     or {@code transfers.0.approval}: how correlation blocks and sensitivity analyses refer to it
 * @param stream the name of its random stream: trajectory i of this input draws from the stream
 *     (seed, i, stream) alone, so inputs, options and threads never disturb each other's draws.
 *     Two inputs with the same stream and the same source draw the same numbers; that is how
 *     options share draws with the base.
 * @param label its name for people, e.g. {@code demand growth: special_school}
 * @param source what is drawn: values by year, or a yes/no event
 * @param slot where its values go in a {@link TrajectoryInputs}
 * @param feature how a sensitivity analysis reduces its values in one trajectory to one number
 */
public record UncertainInput(String path, String stream, String label, Source source, Slot slot, Feature feature) {
    public UncertainInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(feature, "feature");
    }

    /** The same input drawn from another stream (e.g. for a sensitivity analysis that re-draws input j alone). */
    public UncertainInput withStream(String newStream) {
        return new UncertainInput(path, newStream, label, source, slot, feature);
    }

    /** Number of values one trajectory holds for this input (the years, or 1 for a once-per-trajectory event). */
    public int width(int years) {
        return source instanceof Event e && e.frequency() == Frequency.ONCE ? 1 : years;
    }

    /** What an input draws. Closed: the kernel has one sampler for each. */
    public sealed interface Source permits Yearly, Event {
    }

    /**
     * A value per year from its own distribution each year. With {@code persistence} rho > 0 the
     * years follow an AR(1) process on normal scores (each year keeps its distribution).
     */
    public record Yearly(List<UncertainValue> byYear, double persistence) implements Source {
        public Yearly {
            byYear = List.copyOf(byYear);
        }

        /** True when every year's value is known: such inputs take no random draws. */
        public boolean isFixed() {
            return byYear.stream().allMatch(v -> v.distribution().isFixed());
        }
    }

    /** A yes/no event (1 happened, 0 not), drawn once per trajectory or once a year. */
    public record Event(Chance chance, Frequency frequency) implements Source {
        public Event {
            Objects.requireNonNull(chance, "chance");
            Objects.requireNonNull(frequency, "frequency");
        }
    }

    /** How often an event is drawn. */
    public enum Frequency {
        ONCE, YEARLY
    }

    /**
     * Where an input's values live in a {@link TrajectoryInputs}: the array {@code array} picks,
     * whole (a yearly input, {@code index} -1) or at one position (a once-per-trajectory event).
     */
    public record Slot(Function<TrajectoryInputs, double[]> array, int index) {
        public Slot {
            Objects.requireNonNull(array, "array");
        }

        static Slot years(Function<TrajectoryInputs, double[]> array) {
            return new Slot(array, -1);
        }

        static Slot at(Function<TrajectoryInputs, double[]> array, int index) {
            return new Slot(array, index);
        }

        /** Writes an input's values of one trajectory ({@code width} of them) into {@code in}. */
        public void put(TrajectoryInputs in, double[] values) {
            double[] target = array.apply(in);
            if (index < 0) {
                System.arraycopy(values, 0, target, 0, target.length);
            } else {
                target[index] = values[0];
            }
        }

        /** Reads an input's values of one trajectory from {@code in} into {@code out}. */
        public void get(TrajectoryInputs in, double[] out) {
            double[] source = array.apply(in);
            if (index < 0) {
                System.arraycopy(source, 0, out, 0, source.length);
            } else {
                out[0] = source[index];
            }
        }
    }

    /** How the sensitivity analysis sums up an input in one trajectory. */
    public enum Feature {
        /** The mean over the years (a growth rate, a delivery fraction). */
        MEAN,
        /** The sum over the years (shock years, income), as the mean times the years. */
        TOTAL,
        /** The single value of a once-per-trajectory event. */
        VALUE;

        public double of(double[] values) {
            if (this == VALUE) {
                return values[0];
            }
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            double mean = sum / values.length;
            return this == MEAN ? mean : mean * values.length;
        }
    }
}
