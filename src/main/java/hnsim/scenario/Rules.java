package hnsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** The policy rules of a scenario, in file order. */
public record Rules(List<Rule> all) {
    public static final Rules NONE = new Rules(List.of());

    public Rules {
        all = List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The rule metrics the scenario reports, without repeats. */
    public List<String> metrics() {
        List<String> out = new ArrayList<>();
        for (Rule r : all) {
            for (String m : r.metrics()) {
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    public <T extends Rule> List<T> ofKind(Class<T> kind) {
        return all.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
