package hnsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folder a run writes into ({@code .NAME.partial-DIGITS} beside the output) and the
 * lock file that says its run is alive ({@code .NAME.partial-DIGITS.lock}, held with a
 * {@link FileLock} for the whole run). The operating system drops the lock when the process
 * dies, even by {@code kill -9}, so the next run can tell a dead run's leftovers, which it
 * removes, from the staging folder of a run still going, which it never touches.
 */
final class StagingArea implements AutoCloseable {
    static final Pattern PARTIAL = Pattern.compile("\\..+\\.partial-\\d+");
    static final String LOCK_SUFFIX = ".lock";
    /**
     * Lock files this process holds. Asking the OS about them again would need a second file
     * descriptor, and closing that drops every POSIX lock the process holds on the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path lockFile;
    private final FileChannel channel;

    private StagingArea(Path folder, Path lockFile, FileChannel channel) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /**
     * Takes the lock first, then creates the folder, so no one ever sees the folder of a live run
     * without its held lock.
     */
    static StagingArea create(Path parent, String targetName) throws IOException {
        Path lockFile = Files.createTempFile(parent, "." + targetName + ".partial-", LOCK_SUFFIX);
        // File channels are closed by an interrupt; a Ctrl-C already on its way must still find
        // the run's staging area in a state its cleanup can remove, so lock first, then re-raise.
        boolean interrupted = Thread.interrupted();
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() == null) {
                throw new IOException("cannot lock " + lockFile);
            }
            HELD.add(lockFile.toAbsolutePath());
            String name = lockFile.getFileName().toString();
            Path folder = parent.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length()));
            Files.createDirectory(folder);
            return new StagingArea(folder, lockFile, channel);
        } catch (IOException | RuntimeException e) {
            HELD.remove(lockFile.toAbsolutePath());
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * Removes the staging folders of dead runs in {@code parent}: those whose lock file can be
     * locked (its run is gone) or is missing (left by a version of hnsim without locks).
     *
     * @return the names of the folders removed
     */
    static List<String> removeDeadRuns(Path parent) {
        boolean interrupted = Thread.interrupted();
        try {
            return removeDead(parent);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<String> removeDead(Path parent) {
        List<Path> partials;
        try (Stream<Path> s = Files.list(parent)) {
            partials = s.filter(p -> PARTIAL.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return partials.stream().filter(StagingArea::removeIfDead).map(p -> p.getFileName().toString()).toList();
    }

    private static boolean removeIfDead(Path partial) {
        Path lockFile = partial.resolveSibling(partial.getFileName() + LOCK_SUFFIX);
        if (HELD.contains(lockFile.toAbsolutePath())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process holds it: that run is alive
            }
            deleteTree(partial);
            Files.deleteIfExists(lockFile);
            return true;
        } catch (NoSuchFileException noLock) {
            // A run creates its lock before its folder and deletes it after, so a folder without
            // one was left by an hnsim that did not lock; it cannot be a live run's.
            deleteTree(partial);
            return true;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a staging folder, never following a symbolic link inside it. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
            // Best effort: the next run removes what is left, since this lock is then free.
        }
    }

    /** Deletes the folder (if still there: a committed one has been renamed away) and the lock. */
    @Override
    public void close() {
        deleteTree(folder);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // An unlocked lock file without its folder is harmless and tiny.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; the process exit would too.
        }
        HELD.remove(lockFile.toAbsolutePath());
    }
}
