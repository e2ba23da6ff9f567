package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.report.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed outright (kill -9, a power cut) leaves its hidden staging folder; the next run
 * beside it removes it, but never the staging folder of a run still going.
 */
class DeadRunsTest {
    static final String SCENARIO = ValidateCommandTest.SHIPPED;

    @TempDir
    Path tmp;

    private List<String> hidden() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private Cli planRun(Path out) {
        return Cli.run("run", SCENARIO, "--deterministic", "-q", "--out", out.toString());
    }

    @Test
    void aKilledRunsStagingFolderIsRemovedByTheNextRunButALiveOneNever() throws Exception {
        Path out = tmp.resolve("results");
        Process running = Subprocess.start(List.of("-Xmx256m"), tmp.resolve("log.txt"),
                "run", SCENARIO, "-q", "-n", "2e7", "--threads", "1", "--out", out.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (hidden().stream().noneMatch(n -> n.matches("\\.results\\.partial-\\d+"))) {
                assertThat(running.isAlive()).as("the run stopped early: " + Files.readString(tmp.resolve("log.txt"))).isTrue();
                assertThat(System.nanoTime()).as("no staging folder appeared").isLessThan(deadline);
                Thread.sleep(50);
            }
            List<String> live = hidden();
            assertThat(live).hasSize(2); // the folder and its held lock

            // Another run beside it, and one into the same folder, finish and leave the live run's folder alone.
            assertThat(planRun(tmp.resolve("other")).code()).isZero();
            Cli same = planRun(out);
            assertThat(same.code()).as(same.all()).isZero();
            assertThat(same.err()).doesNotContain("removed");
            assertThat(hidden()).isEqualTo(live);
            assertThat(running.isAlive()).isTrue();
        } finally {
            running.destroyForcibly(); // SIGKILL: no shutdown hook runs
            running.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(hidden()).hasSize(2);

        Path staging = tmp.resolve(hidden().stream().filter(n -> !n.endsWith(".lock")).findFirst().orElseThrow());
        Cli next = Cli.run("run", SCENARIO, "--deterministic", "-q", "--out", out.toString(), "--force");
        assertThat(next.code()).as(next.all()).isZero();
        assertThat(next.err()).isEqualTo("hnsim: removed " + staging + ", left by an hnsim run that did not finish\n");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aStagingFolderWithoutALockFromAnOlderHnsimIsRemoved() throws IOException {
        Path old = Files.createDirectories(tmp.resolve(".results.partial-4242"));
        Files.writeString(old.resolve("percentiles.csv"), "half a fi");
        Cli next = planRun(tmp.resolve("results"));
        assertThat(next.code()).as(next.all()).isZero();
        assertThat(next.err()).contains("removed " + old);
        assertThat(hidden()).isEmpty();
    }

    @Test
    void theStagingFolderOfARunInThisProcessIsNeverRemoved() throws IOException {
        try (OutputDirectory running = OutputDirectory.open(tmp.resolve("results"), false)) {
            Files.writeString(running.path().resolve("percentiles.csv"), "being written");
            assertThat(planRun(tmp.resolve("results")).code()).isZero();
            assertThat(running.path().resolve("percentiles.csv")).hasContent("being written");
        }
        assertThat(hidden()).isEmpty();
    }

    @Test
    void foldersThatOnlyLookAlikeAreNotTouched() throws IOException {
        Path notOurs = Files.createDirectories(tmp.resolve(".results.partial-draft"));
        Path alsoNot = Files.createDirectories(tmp.resolve("results.partial-7"));
        assertThat(planRun(tmp.resolve("results")).code()).isZero();
        assertThat(notOurs).exists();
        assertThat(alsoNot).exists();
    }
}
