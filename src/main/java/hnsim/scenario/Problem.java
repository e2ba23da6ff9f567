package hnsim.scenario;

/**
 * One thing wrong (or suspicious) in a scenario file: where it is, the path of the key
 * (e.g. {@code workstreams[2].delivery.beta}), and what was expected.
 */
public record Problem(Severity severity, Location location, String path, String message) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(Location location, String path, String message) {
        return new Problem(Severity.ERROR, location, path, message);
    }

    public static Problem warning(Location location, String path, String message) {
        return new Problem(Severity.WARNING, location, path, message);
    }

    @Override
    public String toString() {
        String where = location + ": " + (severity == Severity.WARNING ? "warning: " : "");
        return where + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
