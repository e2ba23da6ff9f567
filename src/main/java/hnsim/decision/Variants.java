package hnsim.decision;

import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.scenario.ScenarioOverride;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds variants of one scenario file: its bytes read once, the user's {@code --set}
 * overrides, then the swept or solved values, each applied to the YAML tree before the
 * scenario is built, so a bad value is reported like any error in the file.
 */
public final class Variants {
    private final String name;
    private final byte[] bytes;
    private final List<ScenarioOverride> overrides;

    public Variants(Path file, List<ScenarioOverride> overrides) throws IOException {
        this(file.toString(), Files.readAllBytes(file), overrides);
    }

    public Variants(String name, byte[] bytes, List<ScenarioOverride> overrides) {
        this.name = name;
        this.bytes = bytes.clone();
        this.overrides = List.copyOf(overrides);
    }

    /** The file with the overrides and then {@code values} applied. */
    public ScenarioFile with(List<ScenarioOverride> values) {
        List<ScenarioOverride> all = new ArrayList<>(overrides);
        all.addAll(values);
        return ScenarioLoader.parse(name, bytes, all);
    }

    /** The same, keeping only the base (a goal seek needs no options). */
    public ScenarioFile baseOnly(List<ScenarioOverride> values) {
        ScenarioFile file = with(values);
        return new ScenarioFile(file.path(), file.sha256(), file.base(), Map.of(), file.warnings(),
                file.pupils().orElse(null));
    }

    public List<ScenarioOverride> overrides() {
        return overrides;
    }
}
