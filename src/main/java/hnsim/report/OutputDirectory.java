package hnsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a run's files into a temporary directory beside the target and moves it into place
 * only when complete, so a failed or interrupted run leaves the previous results (or nothing)
 * and never a half-written directory.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean replace;
    private final Thread cleanup;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
        this.cleanup = new Thread(() -> deleteQuietly(staging), "hnsim-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Checks the target can be written and creates the staging directory.
     *
     * @throws IllegalArgumentException when the target exists and {@code replace} is false,
     *     or is a file, or its parent cannot be created or written
     */
    public static OutputDirectory open(Path target, boolean replace) {
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(absolute, replace);
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            shareable(staging);
            return new OutputDirectory(absolute, staging, replace);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("cannot create the output directory " + target + ": "
                    + e.getFile() + " is a file");
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot write the output directory " + target + ": "
                    + describe(e, parent));
        }
    }

    /**
     * Temporary directories are created private (rwx------); results are for sharing with a
     * finance team, so the finished directory gets the usual rwxr-xr-x where POSIX allows.
     */
    private static void shareable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their default rights.
        }
    }

    /** The checks of {@link #open} without creating anything, for failing before a long run. */
    public static void checkTarget(Path target, boolean replace) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("the output path " + target + " is a file, not a directory");
        }
        if (Files.isDirectory(absolute) && !isEmpty(absolute)) {
            if (!replace) {
                throw new IllegalArgumentException("the output directory " + target
                        + " already exists; give --force to replace it, or another --out");
            }
            if (!Files.isRegularFile(absolute.resolve(RunOutputs.SUMMARY))) {
                // --force replaces results, never a directory of other files (--out . by mistake).
                throw new IllegalArgumentException("the directory " + target + " holds files that are not hnsim"
                        + " results (it has no " + RunOutputs.SUMMARY + "); --force replaces only an hnsim output"
                        + " directory, so give another --out");
            }
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write the output directory " + target + ": "
                    + (parent == null ? "no parent directory" : parent + " is not a writable directory"));
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Moves the complete staging directory into place, replacing an old one if allowed. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (!replace && !isEmpty(target)) {
                throw new IOException("the output directory " + target + " appeared during the run");
            }
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous results back
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(staging);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; it deletes the staging directory itself.
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover hidden .partial directory is harmless and named as such.
        }
    }

    private static String describe(Exception e, Path parent) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied in " + parent;
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return "cannot create files in " + parent;
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + parent + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
