package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAStarterThatValidatesWithoutWarningsAndRuns() throws IOException {
        Path file = tmp.resolve("my-council.yaml");
        Cli init = Cli.run("init", tmp.resolve("my-council").toString());
        assertThat(init.code()).as(init.all()).isZero();
        assertThat(init.out()).startsWith("Wrote " + file);
        assertThat(Files.readString(file)).contains("name: \"my-council\"").contains("# A starter hnsim scenario");

        Cli validate = Cli.run("validate", file.toString());
        assertThat(validate.out()).isEqualTo(file + ": OK (1 option, 0 warnings)\n");

        Cli run = Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "-n", "2000", "--seed", "1");
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("cumulative deficit");
        assertThat(tmp.resolve("out/summary.json")).exists();
        Cli deterministic = Cli.run("run", file.toString(), "--out", tmp.resolve("det").toString(), "--deterministic", "-q");
        assertThat(deterministic.code()).as(deterministic.all()).isZero();
    }

    @Test
    void suggestsTheCommandThatWorksNotABareHnsimThatIsNotOnPath() throws IOException {
        Path file = tmp.resolve("next.yaml");
        Cli init = Cli.run("init", file.toString());
        assertThat(init.out()).isEqualTo("Wrote " + file + ". Next: edit it, then './hnsim validate " + file
                + "' and './hnsim run " + file + "'.\n");
        assertThat(Files.readString(file)).contains("#   ./hnsim validate " + file).contains("#   ./hnsim run " + file);
    }

    @Test
    void namesTheLauncherThatStartedItFromWhereverItWasStarted() {
        String home = System.getProperty("hnsim.home");
        String launcher = System.getProperty("hnsim.launcher");
        Path cwd = Path.of("").toAbsolutePath();
        try {
            System.setProperty("hnsim.home", cwd.toString());
            assertThat(Launcher.command()).isEqualTo("./hnsim");
            System.setProperty("hnsim.launcher", "hnsim.cmd");
            assertThat(Launcher.command()).isEqualTo(".\\hnsim.cmd");
            System.setProperty("hnsim.launcher", "hnsim");
            System.setProperty("hnsim.home", cwd.resolve("tools/hnsim").toString());
            assertThat(Launcher.command()).isEqualTo("./tools/hnsim/hnsim");
            System.setProperty("hnsim.home", cwd.getParent().resolve("hnsim").toString());
            assertThat(Launcher.command()).isEqualTo("../hnsim/hnsim");
        } finally {
            restore("hnsim.home", home);
            restore("hnsim.launcher", launcher);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("mine.yaml"), "my own work");
        Cli result = Cli.run("init", file.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("hnsim: " + file + " already exists; choose another name (init never overwrites a file)\n");
        assertThat(file).hasContent("my own work");
    }

    @Test
    void refusesADirectoryThatDoesNotExist() {
        Cli result = Cli.run("init", tmp.resolve("no/such/dir/x.yaml").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void pointsEditorsAtTheSchemaWhenHnsimsHomeIsKnown() throws IOException {
        String before = System.getProperty("hnsim.home");
        System.setProperty("hnsim.home", Path.of("").toAbsolutePath().toString());
        try {
            Path file = tmp.resolve("with-schema.yaml");
            assertThat(Cli.run("init", file.toString()).code()).isZero();
            String first = Files.readAllLines(file).get(0);
            assertThat(first).startsWith("# yaml-language-server: $schema=").endsWith("schema/hnsim-scenario.schema.json");
            Path schema = tmp.resolve(first.substring(first.indexOf('=') + 1)).normalize();
            assertThat(schema).isEqualTo(Path.of("schema/hnsim-scenario.schema.json").toAbsolutePath());
        } finally {
            if (before == null) {
                System.clearProperty("hnsim.home");
            } else {
                System.setProperty("hnsim.home", before);
            }
        }
    }
}
