package hnsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks run the first-shipped 2021 file, kept unchanged as the fixture the speed
 * targets were set on: the JMH copy is that file byte for byte, and end-to-end.sh's copy is it
 * without its options block (the reference NumPy implementation ran the base alone).
 */
class BenchmarkFixturesTest {
    private static final Path V1 = Path.of("src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml");

    @Test
    void theJmhFixtureIsTheFirstShipped2021File() throws Exception {
        assertThat(Files.readString(Path.of(KernelBenchmark.SCENARIO))).isEqualTo(Files.readString(V1));
    }

    @Test
    void theEndToEndFixtureIsThatFileWithoutItsOptions() throws Exception {
        String v1 = Files.readString(V1);
        String base = Files.readString(Path.of("benchmarks/fixtures/leicestershire-2021-mtfs-base.yaml"));
        int options = v1.indexOf("\n# Options:");
        assertThat(options).isPositive();
        assertThat(v1.substring(0, options).stripTrailing()).isEqualTo(base.stripTrailing());
        assertThat(Files.readString(Path.of("benchmarks/end-to-end.sh")))
                .contains("FIXTURE=benchmarks/fixtures/leicestershire-2021-mtfs-base.yaml");
    }
}
