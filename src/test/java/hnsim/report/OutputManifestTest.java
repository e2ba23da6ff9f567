package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputManifestTest {
    @TempDir
    Path dir;

    /** Files of several sizes, one in a sub-folder, one empty: the shapes an output folder holds. */
    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("report.html", "<html>\n".repeat(40_000).getBytes(StandardCharsets.UTF_8));
        files.put("percentiles.csv", "option,metric\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty.csv", new byte[0]);
        byte[] binary = new byte[70_001];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        files.put("charts/fan.png", binary);
        Files.createDirectories(dir.resolve("charts"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return files;
    }

    @Test
    void hashesOnSeveralThreadsAreEachFilesOwnSha256() throws Exception {
        Map<String, byte[]> files = files();

        OutputManifest manifest = OutputManifest.write(dir, 3);

        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            expected.put(f.getKey(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue())));
        }
        assertThat(manifest.entries()).containsExactlyEntriesOf(expected);
        assertThat(OutputManifest.write(dir, 1).entries()).isEqualTo(manifest.entries());
        assertThat(OutputManifest.read(dir)).hasValueSatisfying(read -> assertThat(read.entries()).isEqualTo(expected));
        // The empty file's hash is SHA-256's known value for no bytes.
        assertThat(manifest.entries().get("empty.csv"))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256sumChecksTheFolderAgainstTheManifest() throws Exception {
        files();
        OutputManifest.write(dir, 2);
        Process check;
        try {
            check = new ProcessBuilder("sha256sum", "-c", OutputManifest.FILE).directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException noSha256sum) {
            org.junit.jupiter.api.Assumptions.abort("sha256sum is not installed");
            return;
        }
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.endsWith(": OK")).toList())
                .hasSize(4).contains("charts/fan.png: OK", "report.html: OK");
        assertThat(output).doesNotContain("FAILED");
    }
}
