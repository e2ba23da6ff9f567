package hnsim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's files into a locked staging folder beside the target and moves it into place
 * only when complete, so a failed or interrupted run leaves the previous results (or nothing)
 * and never a half-written folder. An existing folder is replaced only with {@code replace}
 * ({@code --force}) and only when it is an earlier hnsim output, unchanged
 * ({@link ExistingFolder}); a symbolic link given as the target is followed, and the folder it
 * points to is the one written.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path shown;
    private final Path target;
    private final boolean replace;
    private final StagingArea staging;
    private final Thread cleanup;
    private final List<String> notes = new ArrayList<>();

    private OutputDirectory(Path shown, Path target, boolean replace, StagingArea staging, List<String> removed) {
        this.shown = shown;
        this.target = target;
        this.replace = replace;
        this.staging = staging;
        this.cleanup = new Thread(staging::close, "hnsim-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        for (String name : removed) {
            notes.add("removed " + target.resolveSibling(name) + ", left by an hnsim run that did not finish");
        }
    }

    /**
     * Checks the target can be written, removes the staging folders of dead runs beside it, and
     * creates this run's staging folder.
     *
     * @throws IllegalArgumentException when the target cannot be written or may not be replaced
     */
    public static OutputDirectory open(Path target, boolean replace) {
        Path real = checkTarget(target, replace);
        Path parent = real.getParent();
        try {
            Files.createDirectories(parent);
            List<String> removed = StagingArea.removeDeadRuns(parent);
            StagingArea staging = StagingArea.create(parent, real.getFileName().toString());
            shareable(staging.folder());
            return new OutputDirectory(target, real, replace, staging, removed);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("cannot create the output directory " + target + ": "
                    + e.getFile() + " is a file");
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot write the output directory " + target + ": "
                    + describe(e, parent));
        }
    }

    /**
     * Temporary folders are created private (rwx------); results are for sharing with a
     * finance team, so the finished folder gets the usual rwxr-xr-x where POSIX allows.
     */
    private static void shareable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their default rights.
        }
    }

    /**
     * The checks of {@link #open} without creating anything, for failing before a long run.
     *
     * @return the folder that will be written: the target with symbolic links resolved
     */
    public static Path checkTarget(Path target, boolean replace) {
        Path real = OutputTarget.resolve(target);
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new IllegalArgumentException("the output path " + target + " is a file, not a directory");
        }
        checkReplaceable(target, real, replace);
        Path parent = real.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write the output directory " + target + ": "
                    + (parent == null ? "no parent directory" : parent + " is not a writable directory"));
        }
        return real;
    }

    private static ExistingFolder checkReplaceable(Path shown, Path real, boolean replace) {
        ExistingFolder existing;
        try {
            existing = ExistingFolder.inspect(real);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the output directory " + shown + ": "
                    + describe(e, real));
        }
        if (existing instanceof ExistingFolder.Foreign foreign) {
            throw new IllegalArgumentException("the output directory " + shown + " holds files hnsim did not write: "
                    + shown.resolve(foreign.entry()) + " " + foreign.reason() + "; --force replaces only an earlier"
                    + " hnsim output that holds nothing else, unchanged, so nothing was touched; give another --out,"
                    + " or move it out");
        }
        if (existing instanceof ExistingFolder.EarlierRun && !replace) {
            throw new IllegalArgumentException("the output directory " + shown + " holds an earlier hnsim run;"
                    + " give --force to replace it, or another --out");
        }
        return existing;
    }

    /** Where the run writes until {@link #commit}. */
    public Path path() {
        return staging.folder();
    }

    /** The folder that {@link #commit} fills: the target with symbolic links resolved. */
    public Path target() {
        return target;
    }

    /** What happened besides writing, for the user: dead runs' folders removed, files kept. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Lists the staged files in {@value OutputManifest#FILE} and moves the staging folder into
     * place, replacing an earlier run if allowed and if it is still exactly as hnsim wrote it.
     */
    public void commit() throws IOException {
        commit(1);
    }

    /** As {@link #commit()}, hashing the files for the manifest on up to {@code threads} threads. */
    public void commit(int threads) throws IOException {
        ExistingFolder existing = checkReplaceable(shown, target, replace);
        OutputManifest.write(staging.folder(), threads);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging.folder(), target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target); // put the previous results back
            }
            throw e;
        }
        if (old != null) {
            List<String> left = existing instanceof ExistingFolder.EarlierRun earlier
                    ? ExistingFolder.deleteEarlierRun(old, earlier.manifest())
                    : ExistingFolder.deleteEarlierRun(old, new OutputManifest(new java.util.TreeMap<>()));
            if (!left.isEmpty()) {
                notes.add("kept " + old + ": it holds " + String.join(", ", left)
                        + ", which appeared in the output directory during the run");
            }
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
        try {
            staging.close();
        } catch (OutOfMemoryError e) {
            return; // the shutdown hook, still registered, removes the staging folder as Java exits
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; it deletes the staging folder itself.
        }
    }

    static String describe(Exception e, Path parent) {
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
