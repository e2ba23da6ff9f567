package hnsim.model;

import hnsim.scenario.Scenario;
import java.util.List;

/** The coverage test's NaN helpers, for the kernel's tests of the sampler path. */
public final class InputCatalogueCoverageTestAccess {
    private InputCatalogueCoverageTestAccess() {
    }

    public static void fillNaN(TrajectoryInputs in) throws IllegalAccessException {
        InputCatalogueCoverageTest.fillNaN(in);
    }

    public static List<String> nanFields(TrajectoryInputs in, Scenario scenario) throws IllegalAccessException {
        return InputCatalogueCoverageTest.nanFields(in, scenario);
    }
}
