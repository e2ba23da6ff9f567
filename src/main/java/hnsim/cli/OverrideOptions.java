package hnsim.cli;

import hnsim.scenario.ScenarioOverride;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}, shared by run, sweep and solve. */
final class OverrideOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "change one value of the base scenario before the options are laid over it, e.g. "
                    + "transfers.0.rate=1%% or transfers.0.approval.probability=100%% (repeatable; VALUE as in the file)")
    List<String> sets = new ArrayList<>();

    List<ScenarioOverride> overrides() {
        List<ScenarioOverride> out = new ArrayList<>();
        for (String s : sets) {
            try {
                out.add(ScenarioOverride.parse(s));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return out;
    }

    List<String> texts() {
        return overrides().stream().map(ScenarioOverride::toString).toList();
    }
}
