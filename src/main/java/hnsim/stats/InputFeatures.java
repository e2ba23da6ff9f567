package hnsim.stats;

import hnsim.model.InputCatalogue;
import hnsim.model.TrajectoryInputs;
import hnsim.model.UncertainInput;
import java.util.List;

/**
 * One number per uncertain input of a trajectory, named for people, as each input's
 * {@link UncertainInput#feature()} declares it: the mean over the years of a yearly input
 * (growth, inflation, delivery), the number of shock years, whether a transfer was approved or a
 * workstream slipped. The rows a sensitivity analysis regresses on, one column per input of
 * the scenario's {@link InputCatalogue}.
 */
final class InputFeatures {
    private final List<UncertainInput> inputs;
    private final List<String> names;
    private final double[][] buffers;

    InputFeatures(InputCatalogue catalogue) {
        this.inputs = catalogue.inputs();
        this.names = inputs.stream().map(UncertainInput::label).toList();
        int years = catalogue.scenario().years();
        this.buffers = inputs.stream().map(i -> new double[i.width(years)]).toArray(double[][]::new);
    }

    List<String> names() {
        return names;
    }

    double[] row(TrajectoryInputs in) {
        double[] row = new double[inputs.size()];
        for (int c = 0; c < row.length; c++) {
            UncertainInput input = inputs.get(c);
            input.slot().get(in, buffers[c]);
            row[c] = input.feature().of(buffers[c]);
        }
        return row;
    }
}
