package hnsim.report;

import hnsim.kernel.Workers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The files of a run written (and then hashed for the manifest) beside each other. Each write
 * reads the finished, read-only tables and writes files of its own, so the files do not depend
 * on which thread wrote them: a run of more than one thread writes them on a pool of as many
 * threads while the caller writes others; a one-thread run writes each on the caller's thread
 * when its result is asked for, so the caller's order of asking is the order of writing.
 *
 * <p>Closing waits for every write started, whatever its outcome, so nothing is still writing
 * into the staging folder when a failed run removes it; on one thread, a write never asked for
 * is never run.
 */
final class FileWrites implements AutoCloseable {
    /** One write: a file or a few, and what the caller needs back (a chart's SVG, say). */
    interface Write<T> {
        T write() throws IOException;
    }

    private final ExecutorService poolOrNull;
    private final List<Future<?>> started = new ArrayList<>();

    private FileWrites(ExecutorService poolOrNull) {
        this.poolOrNull = poolOrNull;
    }

    static FileWrites start(int threads) {
        if (threads <= 1) {
            return new FileWrites(null);
        }
        return new FileWrites(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hnsim-outputs");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Starts a write on the pool (on one thread: when its result is asked for); its outcome is read with {@link #result}. */
    <T> Future<T> submit(Write<T> write) {
        FutureTask<T> task = new FutureTask<>(write::write);
        if (poolOrNull != null) {
            started.add(task);
            poolOrNull.execute(task);
        }
        return task;
    }

    /** Waits for a write (on one thread: runs it) and returns its value, or throws what it threw. */
    <T> T result(Future<T> write) throws IOException {
        if (poolOrNull == null && write instanceof FutureTask<T> task) {
            task.run(); // does nothing if it has run
        }
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the outputs", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            Workers.throwIfUnchecked(cause);
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        if (poolOrNull == null) {
            return;
        }
        poolOrNull.shutdown();
        boolean interrupted = false;
        for (Future<?> write : started) {
            while (true) {
                try {
                    write.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // still wait: the caller may remove the folder next
                } catch (ExecutionException e) {
                    break; // reported by result(), or the caller's own failure is the one reported
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
