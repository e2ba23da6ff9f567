package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of heap ends with exit 1 and one line saying how to give Java more; a trace only with --debug. */
class OutOfMemoryTest {
    @TempDir
    Path tmp;

    private String run(Path log, String... args) throws Exception {
        Process p = Subprocess.start(List.of("-Xmx16m"), log, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(1);
        return Files.readString(log);
    }

    @Test
    void aSixteenMegabyteHeapGetsAHintNotATrace() throws Exception {
        Path out = tmp.resolve("out");
        String printed = run(tmp.resolve("log.txt"), "run", ValidateCommandTest.SHIPPED, "--out", out.toString());
        assertThat(printed).isEqualTo("hnsim: out of memory: Java had 16 MB of heap; give it more, e.g. JAVA_OPTS=-Xmx2g"
                + " ./hnsim run ... (or run fewer trajectories); --debug shows where it ran out\n");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("log.txt");
        }

        String debug = run(tmp.resolve("debug.txt"), "run", ValidateCommandTest.SHIPPED, "--out", out.toString(), "--debug");
        assertThat(debug).startsWith("hnsim: out of memory: Java had 16 MB of heap")
                .contains("java.lang.OutOfMemoryError").contains("\tat hnsim.");
    }
}
