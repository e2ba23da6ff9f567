package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a scenario file, declared once: the loader checks keys against it (unknown,
 * missing, "did you mean") and {@code hnsim schema} turns it into a JSON Schema, so the two
 * cannot drift apart.
 */
public sealed interface Spec {
    String description();

    /** Free text. */
    record Text(String description) implements Spec {
    }

    /** A financial year such as {@code 2021/22}. */
    record Year(String description) implements Spec {
    }

    /** true or false. */
    record Flag(String description) implements Spec {
    }

    /** A certain number in a unit (money, rate, probability, count, number). */
    record Quantity(Unit unit, String description) implements Spec {
    }

    /** A number in a unit, or a distribution of it ({@code {normal: [6%, 2%]}}). */
    record Uncertain(Unit unit, String description) implements Spec {
    }

    /** One value for every year, or a list with one value per modelled year. */
    record PerYear(Spec each, String description) implements Spec {
    }

    record ListOf(Spec item, String description) implements Spec {
    }

    /** A mapping whose keys are names the user chooses (placement types, options). */
    record MapOf(Spec value, String description) implements Spec {
    }

    /** Either of several forms, e.g. a probability or {@code {probability, plan}}. */
    record OneOf(List<Spec> choices, String description) implements Spec {
        public OneOf {
            choices = List.copyOf(choices);
        }
    }

    /** A partial scenario laid over the base (the body of an option). */
    record Overlay(String description) implements Spec {
    }

    /** A mapping with a fixed set of keys. */
    record Obj(Map<String, Field> fields, String description) implements Spec {
        public Obj {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public static Obj of(String description, Field... fields) {
            Map<String, Field> map = new LinkedHashMap<>();
            for (Field f : fields) {
                map.put(f.name(), f);
            }
            return new Obj(map, description);
        }
    }

    record Field(String name, Spec spec, boolean required) {
    }

    static Field required(String name, Spec spec) {
        return new Field(name, spec, true);
    }

    static Field optional(String name, Spec spec) {
        return new Field(name, spec, false);
    }
}
