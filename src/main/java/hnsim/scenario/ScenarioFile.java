package hnsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded scenario file: the base scenario, its named options (each a full scenario built by
 * overlaying the option's keys on the base), the SHA-256 of the file's bytes, and warnings.
 */
public record ScenarioFile(String path, String sha256, Scenario base, Map<String, Scenario> options,
                           List<Problem> warnings, Pupils pupilsOrNull) {
    public static final String BASE = "base";

    public ScenarioFile {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        warnings = List.copyOf(warnings);
    }

    public ScenarioFile(String path, String sha256, Scenario base, Map<String, Scenario> options,
                        List<Problem> warnings) {
        this(path, sha256, base, options, warnings, null);
    }

    /** The pupils the file gives (optional key {@code pupils:}), for the cost of a transfer per pupil. */
    public java.util.Optional<Pupils> pupils() {
        return java.util.Optional.ofNullable(pupilsOrNull);
    }

    /** The base then every option, by name, in file order. */
    public Map<String, Scenario> allOptions() {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put(BASE, base);
        all.putAll(options);
        return all;
    }
}
