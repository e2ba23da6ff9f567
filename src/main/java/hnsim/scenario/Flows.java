package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/**
 * Placements as stocks and flows (opt-in with a {@code flows:} block): each year a type's
 * pupils are last year's less its leavers, plus its joiners (new plans, growing by the type's
 * demand growth), plus or minus step-down moves between types. A type with a capacity admits
 * joiners up to its vacancies; the joiners above them go to its overflow type and stay there.
 *
 * @param leaving the leaving rate by year of every type that does not give its own
 * @param stepDowns yearly moves of a share of one type's pupils to another (e.g. independent to special)
 */
public record Flows(List<UncertainValue> leaving, List<StepDown> stepDowns) {
    public Flows {
        leaving = List.copyOf(leaving);
        stepDowns = List.copyOf(stepDowns);
    }

    /** A yearly move of {@code rate} of the pupils of type {@code from} to type {@code to}, within its vacancies. */
    public record StepDown(String from, String to, double rate) {
    }
}
