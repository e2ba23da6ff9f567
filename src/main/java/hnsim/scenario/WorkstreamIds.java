package hnsim.scenario;

import java.util.Locale;

/** The snake_case id a workstream goes by in metric names: "Right Place Right Time" is right_place_right_time. */
final class WorkstreamIds {
    private WorkstreamIds() {
    }

    static String of(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() ? "workstream" : id;
    }
}
