package hnsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds files named relative to the hnsim installation: the launcher script passes its
 * directory as {@code -Dhnsim.home}, so {@code ./hnsim run} finds the default scenario from
 * any working directory.
 */
final class Launcher {
    private Launcher() {
    }

    static Path resolve(String file) {
        Path given = Path.of(file);
        if (given.isAbsolute() || Files.exists(given)) {
            return given;
        }
        String home = System.getProperty("hnsim.home");
        if (home != null) {
            Path inHome = Path.of(home).resolve(file);
            if (Files.exists(inHome)) {
                return inHome;
            }
        }
        return given;
    }

    /**
     * The command that starts hnsim from the current directory, for messages that suggest one:
     * {@code ./hnsim} in the repository root (hnsim is not on PATH), the launcher's path
     * relative to here elsewhere, {@code .\hnsim.cmd} on Windows. The launchers pass their
     * directory as {@code hnsim.home} and their name as {@code hnsim.launcher}.
     */
    static String command() {
        String launcher = System.getProperty("hnsim.launcher", "hnsim");
        boolean windows = launcher.endsWith(".cmd");
        String here = windows ? ".\\" : "./";
        String home = System.getProperty("hnsim.home");
        if (home == null) {
            return here + launcher;
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path relative;
        try {
            relative = cwd.relativize(Path.of(home).toAbsolutePath().normalize());
        } catch (IllegalArgumentException otherDrive) {
            relative = Path.of(home).toAbsolutePath().normalize();
        }
        String path = relative.toString().isEmpty() ? here + launcher
                : relative.isAbsolute() || relative.startsWith("..") ? relative.resolve(launcher).toString()
                : here + relative.resolve(launcher);
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
