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
}
