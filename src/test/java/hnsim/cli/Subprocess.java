package hnsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts hnsim in a JVM of its own, for what only a process shows: its heap, a kill -9. */
final class Subprocess {
    private Subprocess() {
    }

    static ProcessBuilder hnsim(List<String> jvmOptions, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
        return hnsim(jvmOptions, log, args).start();
    }
}
