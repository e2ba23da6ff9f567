package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure is a message, not a trace: mutants of the shipped scenarios (lines deleted,
 * duplicated or swapped, numbers made bad, the file cut short, random bytes) either run (exit
 * 0, a complete output folder) or are refused (exit 2, every message at a file:line:column,
 * no output folder), run through the command line as a user would, with tiny runs.
 */
class ScenarioFuzzTest {
    static final List<String> SHIPPED = List.of("scenarios/leicestershire-2021-mtfs.yaml",
            "scenarios/leicestershire-2022-outlook.yaml");
    static final int MUTANTS = 200;
    static final long SEED = 20261129L;
    private static final String[] BAD_NUMBERS = {"1e400", "-1", "-0.5m", "0", "abc", "12..5", "1,2,3", "5%%", ".nan",
        "-.inf", "£", "2.5kk", "999999999999999999999m", "1e-300", "0x1F", "50000%", "[1, 2]", "{}", "~", "\"7\""};

    @TempDir
    Path tmp;

    static Stream<Arguments> mutants() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (String file : SHIPPED) {
            originals.add(Files.readAllBytes(Path.of(file)));
        }
        Random random = new Random(SEED);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            int which = random.nextInt(originals.size());
            StringBuilder what = new StringBuilder(SHIPPED.get(which));
            byte[] mutant = originals.get(which);
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant, random, what);
            }
            out.add(Arguments.of(i, what.toString(), mutant));
        }
        return out.stream();
    }

    static byte[] mutate(byte[] bytes, Random random, StringBuilder what) {
        int kind = random.nextInt(6);
        if (kind == 4) {
            int at = random.nextInt(bytes.length + 1);
            what.append(", cut at byte ").append(at);
            return Arrays.copyOf(bytes, at);
        }
        if (kind == 5) {
            byte[] out = bytes.clone();
            int count = 1 + random.nextInt(8);
            for (int k = 0; k < count && out.length > 0; k++) {
                int at = random.nextInt(out.length);
                out[at] = (byte) random.nextInt(256);
            }
            what.append(", ").append(count).append(" random bytes");
            return out;
        }
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.size() < 2) {
            return bytes;
        }
        int i = random.nextInt(lines.size() - 1);
        switch (kind) {
            case 0 -> {
                what.append(", line ").append(i + 1).append(" deleted");
                lines.remove(i);
            }
            case 1 -> {
                what.append(", line ").append(i + 1).append(" duplicated");
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                int j = random.nextInt(lines.size() - 1);
                what.append(", lines ").append(i + 1).append(" and ").append(j + 1).append(" swapped");
                String swap = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, swap);
            }
            default -> {
                for (int tries = 0; tries < 50 && !lines.get(i).matches(".*\\d.*"); tries++) {
                    i = random.nextInt(lines.size() - 1);
                }
                String bad = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
                what.append(", a number of line ").append(i + 1).append(" made ").append(bad);
                lines.set(i, lines.get(i).replaceFirst("-?\\d[\\d.,]*[kmbn%]*", java.util.regex.Matcher.quoteReplacement(bad)));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "mutant {0}: {1}")
    @MethodSource("mutants")
    void aMutantRunsOrIsRefusedWithItsPlaceNeverATrace(int index, String what, byte[] mutant) throws IOException {
        Path file = Files.write(tmp.resolve("mutant.yaml"), mutant);
        Path out = tmp.resolve("out");
        Cli result = Cli.run("run", file.toString(), "-n", "20", "--threads", "1", "-q", "--seed", "7",
                "--out", out.toString());
        String context = what + "\n" + result.all();
        assertThat(result.code()).as(context).isIn(0, 2);
        assertThat(result.all()).as(context).doesNotContain("Exception").doesNotContain("Error:")
                .doesNotContain("\tat ").doesNotContain("the run failed");
        if (result.code() == 0) {
            assertThat(out.resolve("files.sha256")).as(context).exists();
        } else {
            assertThat(out).as(context).doesNotExist();
            assertThat(result.err()).as(context).startsWith("hnsim: the scenario has ");
            result.err().lines().skip(1).filter(l -> !l.startsWith("hnsim: "))
                    .forEach(l -> assertThat(l).as(context).containsPattern("^  " + java.util.regex.Pattern.quote(file.toString())
                            + ":\\d+:\\d+: "));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).as(context).isEmpty();
        }
    }

    /**
     * Deleting any one line, so every required key at every depth goes missing once: the file
     * still validates or is refused with the place, as {@code funding.schools_block.base} now is.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void deletingAnyOneLineIsValidOrRefusedWithItsPlace(String scenario) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(scenario));
        Path file = tmp.resolve("deleted.yaml");
        for (int i = 0; i < lines.size(); i++) {
            List<String> mutant = new ArrayList<>(lines);
            mutant.remove(i);
            Files.write(file, mutant);
            Cli result = Cli.run("validate", file.toString());
            String context = scenario + " without line " + (i + 1) + " '" + lines.get(i) + "'\n" + result.all();
            assertThat(result.code()).as(context).isIn(0, 2);
            assertThat(result.all()).as(context).doesNotContain("Exception").doesNotContain("\tat ");
            if (result.code() == 2) {
                assertThat(result.err()).as(context).containsPattern(":\\d+:\\d+: ");
            }
        }
    }

    static Stream<String> shipped() {
        return SHIPPED.stream();
    }

    @Test
    void withoutTheSchoolsBlockBaseValidateNamesTheKeyAndItsPlace() throws IOException {
        String text = Files.readString(Path.of(SHIPPED.get(0)));
        assertThat(text).contains("    base: 385m ");
        Path file = Files.writeString(tmp.resolve("no-base.yaml"), text.replaceFirst("    base: 385m [^\n]*\n", ""));
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.code()).isEqualTo(2);
        int line = Files.readAllLines(file).indexOf("  schools_block:") + 2; // the mapping starts on the next line
        assertThat(result.err()).contains(file + ":" + line + ":5: funding.schools_block: missing required key 'base'"
                + " (amount in the base year (the year before first_year))");
        assertThat(result.all()).doesNotContain("Exception");
        assertThat(IntStream.of(Cli.run("run", file.toString(), "-q", "--out", tmp.resolve("o").toString()).code()))
                .containsExactly(2);
    }
}
