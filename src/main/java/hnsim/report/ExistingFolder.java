package hnsim.report;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an existing output folder holds, as far as replacing it goes. Only an earlier hnsim
 * output whose every entry is listed in its {@link OutputManifest} and unchanged may be
 * replaced: a file named {@code summary.json} proves nothing (a stray one in a git checkout,
 * an empty one beside a thesis), and a file a user added or edited must never be lost.
 */
public sealed interface ExistingFolder {
    /** No folder, or an empty one. */
    record Empty() implements ExistingFolder {
    }

    /** An earlier hnsim output, exactly as hnsim wrote it (files the user deleted may be missing). */
    record EarlierRun(OutputManifest manifest) implements ExistingFolder {
    }

    /**
     * A folder holding something hnsim did not write, or changed since.
     *
     * @param entry the first such entry in name order, relative to the folder ({@code /} separated)
     * @param reason why it stops a replacement
     */
    record Foreign(String entry, String reason) implements ExistingFolder {
    }

    /** Looks at {@code dir} without following symbolic links inside it. */
    static ExistingFolder inspect(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Empty();
        }
        List<String> top = sortedNames(dir);
        if (top.isEmpty()) {
            return new Empty();
        }
        Optional<OutputManifest> manifest = OutputManifest.read(dir);
        if (manifest.isEmpty()) {
            return top.contains(OutputManifest.FILE)
                    ? new Foreign(OutputManifest.FILE, "is not a manifest hnsim wrote")
                    : new Foreign(top.get(0), "was not written by hnsim (the folder has no " + OutputManifest.FILE
                            + ", the list of the files an hnsim run wrote)");
        }
        Foreign foreign = firstForeign(dir, "", manifest.get());
        return foreign != null ? foreign : new EarlierRun(manifest.get());
    }

    private static Foreign firstForeign(Path dir, String prefix, OutputManifest manifest) throws IOException {
        for (String child : sortedNames(prefix.isEmpty() ? dir : dir.resolve(prefix))) {
            String name = prefix.isEmpty() ? child : prefix + "/" + child;
            Path path = dir.resolve(name);
            if (name.equals(OutputManifest.FILE)) {
                continue;
            }
            if (Files.isSymbolicLink(path)) {
                return new Foreign(name, "is a symbolic link, which hnsim never writes");
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                if (!manifest.isFolder(name)) {
                    return new Foreign(name + "/", "is a folder hnsim did not write");
                }
                Foreign inside = firstForeign(dir, name, manifest);
                if (inside != null) {
                    return inside;
                }
            } else if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || !manifest.entries().containsKey(name)) {
                return new Foreign(name, "was not written by hnsim");
            } else if (!manifest.unchanged(dir, name)) {
                return new Foreign(name, "has changed since hnsim wrote it");
            }
        }
        return null;
    }

    private static List<String> sortedNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Deletes an earlier run that has been moved aside: only the files its manifest lists with
     * their listed content, the manifest, and the folders that held them, never following a
     * link. Anything else (a file dropped in after the check) stays where it is.
     *
     * @return the entries left behind, empty when the folder itself is gone
     */
    static List<String> deleteEarlierRun(Path dir, OutputManifest manifest) throws IOException {
        for (String name : manifest.entries().keySet()) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && manifest.unchanged(dir, name)) {
                Files.delete(file);
            }
        }
        Files.deleteIfExists(dir.resolve(OutputManifest.FILE));
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(dir)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        List<String> left = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                left.add(folder.equals(dir) ? "." : OutputManifest.name(dir, folder));
            }
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            left.clear();
            left.addAll(sortedNames(dir));
        }
        return left;
    }
}
