package hnsim.sensitivity;

import hnsim.model.BudgetModel;
import hnsim.model.InputCatalogue;
import hnsim.model.Metric;
import hnsim.model.TrajectoryInputs;
import hnsim.model.TrajectoryState;
import hnsim.model.UncertainInput;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The one-at-a-time tornado on the deterministic model path: every input at its central value
 * (as {@code run --deterministic}), then one input moved to its P10 and to its P90 in every
 * year, the others left central.
 *
 * <ul>
 *   <li>A yearly input takes each year's own distribution's P10 (P90), so a list of yearly
 *       distributions moves year by year.</li>
 *   <li>A once-per-trajectory yes/no event (a transfer approved, a workstream slipping) is set
 *       to "no" (0) and "yes" (1): its P10 and P90 whenever its probability lies between 10%
 *       and 90%, and the two outcomes it can have otherwise.</li>
 *   <li>A yearly event (inflation shocks) is set to the P10 and P90 of its number of event years
 *       (binomial over the years), spread evenly: P90 = 1 shock year in 4 sets a quarter of a
 *       shock in every year. The model is linear in the shock, so this is the shock years'
 *       effect without choosing which years.</li>
 * </ul>
 */
public final class OneAtATime {
    public static final double LOW = 0.10;
    public static final double HIGH = 0.90;

    private OneAtATime() {
    }

    /** One input's cumulative deficit by year at its P10 and P90, and the central path's. */
    public record Swing(String input, double[] low, double[] high, double[] reference) {
    }

    /** One swing per input, in the order given. */
    public static List<Swing> swings(InputCatalogue catalogue, List<UncertainInput> inputs) {
        double[] reference = path(catalogue, null, null);
        List<Swing> out = new ArrayList<>();
        for (UncertainInput input : inputs) {
            out.add(new Swing(input.path(), path(catalogue, input, values(catalogue, input, LOW)),
                    path(catalogue, input, values(catalogue, input, HIGH)), reference));
        }
        return out;
    }

    /** The values of {@code input} at quantile {@code p}, as the class comment says. */
    static double[] values(InputCatalogue catalogue, UncertainInput input, double p) {
        int years = catalogue.scenario().years();
        double[] values = new double[input.width(years)];
        if (input.source() instanceof UncertainInput.Yearly y) {
            for (int t = 0; t < values.length; t++) {
                values[t] = y.byYear().get(t).distribution().quantile(p);
            }
        } else {
            UncertainInput.Event e = (UncertainInput.Event) input.source();
            if (e.frequency() == UncertainInput.Frequency.ONCE) {
                values[0] = p < 0.5 ? 0 : 1;
            } else {
                int count = new BinomialDistribution(null, years, e.chance().probability())
                        .inverseCumulativeProbability(p);
                java.util.Arrays.fill(values, (double) count / years);
            }
        }
        return values;
    }

    /** The cumulative deficit by year with every input central except {@code moved} at {@code values}. */
    private static double[] path(InputCatalogue catalogue, UncertainInput moved, double[] values) {
        TrajectoryInputs in = new TrajectoryInputs(catalogue.scenario());
        for (UncertainInput input : catalogue.inputs()) {
            input.slot().put(in, catalogue.central(input));
        }
        if (moved != null) {
            moved.slot().put(in, values);
        }
        catalogue.complete(in);
        BudgetModel model = new BudgetModel(catalogue.scenario());
        TrajectoryState state = model.start();
        model.reset(state);
        int years = catalogue.scenario().years();
        double[] out = new double[years];
        double[] metrics = new double[model.layout().size()];
        for (int t = 0; t < years; t++) {
            model.step(t, state, in, metrics);
            out[t] = metrics[Metric.CUMULATIVE_DEFICIT.ordinal()];
        }
        return out;
    }
}
