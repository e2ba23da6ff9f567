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
        // When a worker thread runs out of memory again inside its uncaught-exception handler, the
        // JVM itself may print "Exception: java.lang.OutOfMemoryError thrown from the
        // UncaughtExceptionHandler in thread ..." (native code, out of hnsim's reach; seen under
        // load). That is one line per thread, not a trace; hnsim's own output is the hint alone.
        String hint = "hnsim: out of memory: Java had 16 MB of heap; give it more, e.g. JAVA_OPTS=-Xmx2g"
                + " ./hnsim run ... (or run fewer trajectories); --debug shows where it ran out";
        List<String> lines = printed.lines().filter(l -> !l.isBlank())
                .filter(l -> !l.matches("Exception: java\\.lang\\.OutOfMemoryError thrown from the UncaughtExceptionHandler in thread \".*\""))
                .toList();
        assertThat(lines).containsExactly(hint);
        assertThat(printed).doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("log.txt");
        }

        String debug = run(tmp.resolve("debug.txt"), "run", ValidateCommandTest.SHIPPED, "--out", out.toString(), "--debug");
        assertThat(debug).contains("hnsim: out of memory: Java had 16 MB of heap")
                .contains("java.lang.OutOfMemoryError"); // with its frames, unless Java had to throw a preallocated one
    }

    @Test
    void theHintSuggestsAtLeastFourTimesTheHeapItHad() {
        assertThat(Failures.outOfMemoryHint(16L << 20)).contains("Java had 16 MB of heap").contains("JAVA_OPTS=-Xmx2g ");
        assertThat(Failures.outOfMemoryHint(6L << 30)).contains("Java had 6144 MB of heap").contains("JAVA_OPTS=-Xmx16g ");
    }
}
