package hnsim.model;

import hnsim.scenario.Scenario;

/** The deterministic inputs: every uncertain value at its central (plan) value. */
public final class CentralInputs {
    private CentralInputs() {
    }

    public static TrajectoryInputs of(Scenario scenario) {
        InputCatalogue catalogue = InputCatalogue.of(scenario);
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        for (UncertainInput input : catalogue.inputs()) {
            input.slot().put(in, catalogue.central(input));
        }
        catalogue.complete(in);
        return in;
    }
}
