package hnsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves {@code --out} to the folder that will be written. A symbolic link (to a folder on a
 * bigger disk, say) is followed: its target is replaced and the link stays, since replacing
 * the link by a new folder would silently move the results away from where the user keeps
 * them. A link to nothing is refused rather than guessed at.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    static Path resolve(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IllegalArgumentException("cannot write the output directory " + target + ": no parent directory");
        }
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new IllegalArgumentException("the output path " + target + " is a symbolic link to "
                    + linkTarget(absolute) + ", which does not exist; create that folder, or give another --out");
        }
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            // A new folder: resolve the links of the part that exists, so the staging folder is
            // made beside the real target, on its file system, where a rename can move it.
            Path existing = absolute.getParent();
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.exists(existing)) {
                return absolute;
            }
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing path";
        }
    }
}
