package hnsim.report;

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
 * on which thread wrote them:
 * a run of more than one thread writes them on a pool of as many threads while the caller
 * writes others; a one-thread run writes each on the caller's thread when it is given.
 *
 * <p>Closing waits for every write started, whatever its outcome, so nothing is still writing
 * into the staging folder when a failed run removes it.
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

    /** Starts a write (runs it now on one thread); its outcome is read with {@link #result}. */
    <T> Future<T> submit(Write<T> write) {
        FutureTask<T> task = new FutureTask<>(write::write);
        started.add(task);
        if (poolOrNull == null) {
            task.run();
        } else {
            poolOrNull.execute(task);
        }
        return task;
    }

    /** Waits for a write and returns its value, or throws what it threw. */
    static <T> T result(Future<T> write) throws IOException {
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
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
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
