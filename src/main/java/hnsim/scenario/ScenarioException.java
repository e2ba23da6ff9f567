package hnsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used; carries every error found, each with its location. */
public final class ScenarioException extends RuntimeException {
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
