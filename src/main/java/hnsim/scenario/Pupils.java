package hnsim.scenario;

import java.util.Map;

/**
 * Pupils in the schools whose Schools Block a transfer comes from, for the cost of a transfer
 * per pupil (what the Schools Forum votes on). Optional in a scenario file; never used by the
 * model, only by the decision sheet.
 *
 * @param byPhase pupils by phase in file order (e.g. primary, secondary); may be empty
 * @param total all pupils: the sum of the phases unless given
 * @param source where the figures come from (a source label: seed, reported or judgement)
 */
public record Pupils(Map<String, Double> byPhase, double total, String source) {
    public Pupils {
        byPhase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPhase));
    }
}
