package hnsim;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.cli.Cli;
import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.kernel.RunSettings;
import hnsim.scenario.Problem;
import hnsim.scenario.ScenarioException;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioGenerator;
import hnsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random corruptions of valid files (a character deleted or inserted, a value swapped for junk,
 * a line duplicated, indented, moved or cut, a tab, a truncated file) either still load and run,
 * or are refused with exit code 2 and messages that each name a line; never anything else.
 */
class CorruptedScenarioPropertiesTest {
    static final int CASES = 400;
    private static final String[] JUNK = {"junk", "1e400", ".nan", "-.inf", "-5", "[", "{a: 1}", "[1, 2, 3, 4, 5, 6, 7, 8, 9]",
        "~", "''", "999999999999999", "-100%", "NaN%", "true", "*alias", "&anchor x", "!!binary AAAA", "\"unclosed",
        "0", "1,2,3", "50000%", "£", "2021/23", "{normal: [1, -1]}", "{beta: [0, 0]}", "- item", "key: value: more"};
    private static final String INSERTS = ":-[]{}\t'\"&*#%!|>,?@`\0é£ \n";

    @TempDir
    Path tmp;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCorruptedFileLoadsOrIsRefusedWithLinesNeverCrashes(long seed) throws Exception {
        Random random = new Random(seed);
        String valid = seed % 4 == 0 ? Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"))
                : ScenarioGenerator.generate(seed);
        String corrupted = corrupt(valid, random);
        String context = "seed " + seed + ":\n" + corrupted;
        try {
            ScenarioFile file = ScenarioLoader.parse("c.yaml", corrupted.getBytes(StandardCharsets.UTF_8));
            Engine.run(file, RunRequest.of(new RunSettings(seed, 50, 1, false), List.of()), n -> { });
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                assertThat(p.location().line()).as(context + "\n" + p).isPositive();
            }
        }
        Path path = tmp.resolve("c.yaml");
        Files.writeString(path, corrupted, StandardCharsets.UTF_8);
        Cli result = Cli.run("validate", path.toString());
        assertThat(result.code()).as(context + "\n" + result.all()).isIn(0, 2);
        if (result.code() == 2) {
            assertThat(result.err()).as(context).containsPattern(":\\d+:\\d+: ");
        }
        assertThat(result.all()).as(context).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static String corrupt(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int n = lines.length - 1;
        int i = random.nextInt(n);
        switch (random.nextInt(10)) {
            case 0 -> {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(at + 1);
            }
            case 1 -> {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + INSERTS.charAt(random.nextInt(INSERTS.length())) + text.substring(at);
            }
            case 2 -> {
                for (int tries = 0; tries < 20 && !lines[i].contains(": "); tries++) {
                    i = random.nextInt(n);
                }
                int colon = lines[i].indexOf(": ");
                if (colon >= 0) {
                    lines[i] = lines[i].substring(0, colon + 2) + JUNK[random.nextInt(JUNK.length)];
                }
            }
            case 3 -> lines[i] = lines[i] + "\n" + lines[i];
            case 4 -> lines[i] = "\t" + lines[i];
            case 5 -> lines[i] = "";
            case 6 -> {
                int j = random.nextInt(n);
                String swap = lines[i];
                lines[i] = lines[j];
                lines[j] = swap;
            }
            case 7 -> {
                return text.substring(0, random.nextInt(text.length()));
            }
            case 8 -> lines[i] = (random.nextBoolean() ? " " : "  ") + lines[i];
            default -> {
                String stripped = lines[i].stripLeading();
                int colon = stripped.indexOf(':');
                if (colon > 1) {
                    int drop = random.nextInt(colon);
                    lines[i] = lines[i].substring(0, lines[i].length() - stripped.length())
                            + stripped.substring(0, drop) + stripped.substring(drop + 1);
                }
            }
        }
        return String.join("\n", lines);
    }
}
