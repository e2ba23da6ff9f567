package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost: results appear whole or not at all, and a failed run keeps the previous ones. */
class OutputDirectoryTest {
    static final String SCENARIO = "scenarios/leicestershire-2021-mtfs.yaml";

    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** An earlier hnsim output: written through an OutputDirectory, so with its manifest. */
    private Path previousResults() throws IOException {
        Path target = tmp.resolve("results");
        try (OutputDirectory dir = OutputDirectory.open(target, false)) {
            Files.writeString(dir.path().resolve(RunOutputs.SUMMARY), "{\"previous\": true}");
            dir.commit();
        }
        return target;
    }

    @Test
    void finishedResultsAreReadableByOthersNotPrivateLikeATemporaryDirectory() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = tmp.resolve("shared");
        try (OutputDirectory dir = OutputDirectory.open(target, false)) {
            Files.writeString(dir.path().resolve("summary.json"), "{}");
            dir.commit();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void writesIntoAHiddenSiblingAndMovesItIntoPlaceOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("results");
        try (OutputDirectory dir = OutputDirectory.open(target, false)) {
            assertThat(dir.path().getParent()).isEqualTo(tmp);
            assertThat(dir.path().getFileName().toString()).startsWith(".results.partial-");
            Files.writeString(dir.path().resolve("percentiles.csv"), "a,b\n");
            assertThat(target).doesNotExist();
            dir.commit();
        }
        assertThat(target.resolve("percentiles.csv")).hasContent("a,b");
        assertThat(names()).containsExactly("results");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousResultsAndNoPartialDirectory() throws IOException {
        Path target = previousResults();
        assertThatThrownBy(() -> {
            try (OutputDirectory dir = OutputDirectory.open(target, true)) {
                Files.writeString(dir.path().resolve("percentiles.csv"), "half a fi");
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
        }).hasMessageContaining("No space left");
        assertThat(target.resolve(RunOutputs.SUMMARY)).hasContent("{\"previous\": true}");
        assertThat(target.resolve("percentiles.csv")).doesNotExist();
        assertThat(names()).containsExactly("results");
    }

    @Test
    void forceReplacesPreviousResultsWhole() throws IOException {
        Path target = tmp.resolve("results");
        try (OutputDirectory dir = OutputDirectory.open(target, false)) {
            Files.writeString(dir.path().resolve(RunOutputs.SUMMARY), "{\"previous\": true}");
            Files.writeString(dir.path().resolve("stale.png"), "old chart");
            dir.commit();
        }
        try (OutputDirectory dir = OutputDirectory.open(target, true)) {
            Files.writeString(dir.path().resolve(RunOutputs.SUMMARY), "{\"new\": true}");
            dir.commit();
        }
        assertThat(target.resolve(RunOutputs.SUMMARY)).hasContent("{\"new\": true}");
        assertThat(target.resolve("stale.png")).doesNotExist();
        assertThat(names()).containsExactly("results");
    }

    @Test
    void withoutForceAnExistingResultIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = previousResults();
        assertThatThrownBy(() -> OutputDirectory.open(target, false))
                .hasMessage("the output directory " + target + " holds an earlier hnsim run; give --force to replace it,"
                        + " or another --out");
        assertThat(names()).containsExactly("results");
    }

    @Test
    void aRunThatIsInterruptedMidWayKeepsThePreviousResults() throws IOException {
        Path target = previousResults();
        Thread.currentThread().interrupt(); // as Ctrl-C would stop the simulation after the staging directory exists
        Cli result;
        try {
            result = Cli.run("run", SCENARIO, "--out", target.toString(), "--force", "-q", "-n", "100000");
        } finally {
            Thread.interrupted();
        }
        assertThat(result.code()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("interrupted; no output was written");
        assertThat(target.resolve(RunOutputs.SUMMARY)).hasContent("{\"previous\": true}");
        assertThat(names()).containsExactly("results");
    }

    @Test
    void aRunWithForceReplacesResultsAndARunWithoutIsRefused() throws IOException {
        Path target = previousResults();
        Cli refused = Cli.run("run", SCENARIO, "--out", target.toString(), "-q", "-n", "500");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(target.resolve(RunOutputs.SUMMARY)).hasContent("{\"previous\": true}");
        Cli replaced = Cli.run("run", SCENARIO, "--out", target.toString(), "--force", "-q", "-n", "500");
        assertThat(replaced.code()).as(replaced.all()).isZero();
        assertThat(target.resolve(RunOutputs.SUMMARY)).content().contains("\"trajectories\"");
        assertThat(target.resolve(RunOutputs.PERCENTILES)).exists();
        assertThat(names()).containsExactly("results");
    }
}
