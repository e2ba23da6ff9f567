package hnsim.sensitivity;

import java.util.List;
import java.util.Objects;

/**
 * One input of a Sobol analysis: a single uncertain input of the scenario, or several analysed
 * together (a {@code --group}, or the members of a correlation block). Every input of a group is
 * re-drawn together in the design's AB matrix, so the group's indices are those of the group as
 * one input.
 *
 * @param name how the outputs name it: the input's own path when alone, else the group's name
 * @param paths the catalogue paths of its inputs, in catalogue order
 */
public record InputGroup(String name, List<String> paths) {
    public InputGroup {
        Objects.requireNonNull(name, "name");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("the group '" + name + "' has no inputs");
        }
    }

    public boolean isSingle() {
        return paths.size() == 1 && paths.get(0).equals(name);
    }
}
