package hnsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading one file, so that all of them can be reported at once. */
final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void error(YamlNode at, String path, String message) {
        found.add(Problem.error(at.location(), path, message));
    }

    void error(Location at, String path, String message) {
        found.add(Problem.error(at, path, message));
    }

    void warning(YamlNode at, String path, String message) {
        found.add(Problem.warning(at.location(), path, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    int errorCount() {
        return (int) found.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    List<Problem> warnings() {
        return found.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    void addAll(List<Problem> problems) {
        found.addAll(problems);
    }
}
