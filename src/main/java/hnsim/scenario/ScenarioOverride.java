package hnsim.scenario;

import java.util.List;

/**
 * One {@code --set PATH=VALUE}: a value of the base scenario changed from the command line
 * before the options are laid over it. {@code path} uses the file's keys with dots, list items
 * by index or by a workstream's id or name; {@code value} is written as in the scenario file
 * ({@code 1%}, {@code 2.5m}, {@code {beta: [3, 2]}}).
 */
public record ScenarioOverride(String path, String value) {
    public ScenarioOverride {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("--set needs PATH=VALUE, e.g. transfers.0.rate=1%");
        }
    }

    /** Parses {@code PATH=VALUE}; the first '=' separates them. */
    public static ScenarioOverride parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--set " + text + ": expected PATH=VALUE, e.g. transfers.0.rate=1%");
        }
        return new ScenarioOverride(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** The path's segments: {@code transfers.0.rate} is [transfers, 0, rate]. */
    public List<String> segments() {
        return List.of(path.split("\\.", -1));
    }

    /** The pseudo-file that errors in the value are reported at, e.g. {@code --set transfers.0.rate}. */
    public String source() {
        return "--set " + path;
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
