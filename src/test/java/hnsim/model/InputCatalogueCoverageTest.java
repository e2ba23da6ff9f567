package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.dist.UncertainValue;
import hnsim.scenario.Chance;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioGenerator;
import hnsim.scenario.ScenarioLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every uncertain input of a scenario is in its {@link InputCatalogue}: the test walks the
 * scenario's records and finds every uncertain value and every chance in it, wherever it is
 * (a new field of a placement, a new kind of rule), and fails on one the catalogue does not
 * declare. It also checks that every input array of {@link TrajectoryInputs} is written by the
 * catalogue, so nothing the model reads is silently left at 0.
 */
class InputCatalogueCoverageTest {
    static Stream<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (String file : List.of("scenarios/leicestershire-2021-mtfs.yaml", "scenarios/leicestershire-2022-outlook.yaml")) {
            out.addAll(ScenarioLoader.load(Path.of(file)).allOptions().values());
        }
        for (long seed = 1; seed <= 12; seed++) {
            ScenarioFile f = ScenarioLoader.parse("generated.yaml",
                    ScenarioGenerator.generate(seed).getBytes(StandardCharsets.UTF_8));
            out.addAll(f.allOptions().values());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyUncertainValueAndChanceOfTheScenarioIsCatalogued(Scenario scenario) {
        InputCatalogue catalogue = InputCatalogue.of(scenario);
        assertThat(uncovered(scenario, catalogue.inputs())).isEmpty();
        assertThat(catalogue.inputs()).extracting(UncertainInput::path).doesNotHaveDuplicates();
        assertThat(catalogue.inputs()).extracting(UncertainInput::stream).doesNotHaveDuplicates();
    }

    @Test
    void aForgottenInputIsReportedByItsPlaceInTheScenario() {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
        List<UncertainInput> inputs = new ArrayList<>(InputCatalogue.of(scenario).inputs());
        inputs.removeIf(i -> i.path().equals("workstreams.inclusion.delivery") || i.path().equals("transfers.0.approval"));
        assertThat(uncovered(scenario, inputs)).containsExactlyInAnyOrder(
                "workstreams[0].delivery[0]", "workstreams[0].delivery[1]", "workstreams[0].delivery[2]",
                "workstreams[0].delivery[3]", "transfers[0].approval");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theCentralValuesFillEveryInputTheModelReads(Scenario scenario) throws Exception {
        InputCatalogue catalogue = InputCatalogue.of(scenario);
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        fillNaN(in);
        for (UncertainInput input : catalogue.inputs()) {
            input.slot().put(in, catalogue.central(input));
        }
        catalogue.complete(in);
        assertThat(nanFields(in, scenario)).isEmpty();
    }

    /** Sets every value of every array field of {@code in} to NaN. */
    static void fillNaN(TrajectoryInputs in) throws IllegalAccessException {
        for (Field f : TrajectoryInputs.class.getFields()) {
            Object value = f.get(in);
            if (value instanceof double[] a) {
                java.util.Arrays.fill(a, Double.NaN);
            } else if (value instanceof double[][] rows) {
                for (double[] row : rows) {
                    java.util.Arrays.fill(row, Double.NaN);
                }
            }
        }
    }

    /**
     * Fields of {@code in} still holding NaN. A type that follows general inflation has no own
     * inflation, so that row is exempt.
     */
    static List<String> nanFields(TrajectoryInputs in, Scenario scenario) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : TrajectoryInputs.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object value = f.get(in);
            if (value instanceof double[] a && java.util.Arrays.stream(a).anyMatch(Double::isNaN)) {
                out.add(f.getName());
            } else if (value instanceof double[][] rows) {
                for (int r = 0; r < rows.length; r++) {
                    boolean exempt = f.getName().equals("ownInflation") && scenario.placements().get(r).followsGeneralInflation();
                    if (!exempt && java.util.Arrays.stream(rows[r]).anyMatch(Double::isNaN)) {
                        out.add(f.getName() + "[" + r + "]");
                    }
                }
            }
        }
        return out;
    }

    /** Where in the scenario an uncertain value or chance is that none of {@code inputs} declares. */
    static List<String> uncovered(Scenario scenario, List<UncertainInput> inputs) {
        Map<Object, Boolean> declared = new IdentityHashMap<>();
        for (UncertainInput input : inputs) {
            if (input.source() instanceof UncertainInput.Yearly y) {
                y.byYear().forEach(v -> declared.put(v, true));
            } else if (input.source() instanceof UncertainInput.Event e) {
                declared.put(e.chance(), true);
            }
        }
        Map<String, Object> found = new LinkedHashMap<>();
        walk(scenario, "", found);
        List<String> out = new ArrayList<>();
        found.forEach((path, value) -> {
            if (!declared.containsKey(value)) {
                out.add(path);
            }
        });
        return out;
    }

    private static void walk(Object node, String path, Map<String, Object> found) {
        if (node instanceof UncertainValue || node instanceof Chance) {
            found.put(path, node);
        } else if (node instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    Object child = c.getAccessor().invoke(record);
                    walk(child, path.isEmpty() ? c.getName() : path + "." + c.getName(), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", found);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
        } else if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        }
    }
}
