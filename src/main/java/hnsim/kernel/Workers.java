package hnsim.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pool of worker threads whose deaths are seen. When a task runs out of memory, the pool may
 * run out again while recording the failure; the worker thread then dies and the task's future
 * never completes, so a plain {@code get()} would wait for ever. The pool's handler only keeps
 * the error (it allocates nothing), and {@link #await} gives it up as the task's failure.
 */
public final class Workers implements AutoCloseable {
    /** A plain volatile write: an AtomicReference would link a VarHandle on first use, which allocates. */
    private volatile Throwable died;
    private final ForkJoinPool pool;

    public Workers(int threads) {
        pool = new ForkJoinPool(Math.max(1, threads), ForkJoinPool.defaultForkJoinWorkerThreadFactory,
                (thread, error) -> died = error, false);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The task's result; its failure, or a worker's death, as an {@link ExecutionException}. */
    public <T> T await(Future<T> future) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                Throwable error = died;
                if (error != null) {
                    throw new ExecutionException(error);
                }
            }
        }
    }

    /**
     * Throws a failed task's cause as it is when it is unchecked (a RuntimeException or an
     * Error), so the caller's caller sees the task's own failure; returns for a checked cause,
     * which the caller wraps as its contract says.
     */
    public static void throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
    }

    /**
     * Runs {@code tasks} on up to {@code threads} threads (on the caller's alone for one) and
     * returns their results in the tasks' order, whichever thread ran each. A task's unchecked
     * failure is thrown as an exception of its class (on a pool, the copy ForkJoinTask makes on
     * the waiting thread, with the task's own as its cause); a checked one wrapped in an
     * unchecked one.
     */
    public static <T> List<T> inOrder(List<? extends Callable<T>> tasks, int threads) throws InterruptedException {
        List<T> out = new ArrayList<>(tasks.size());
        if (threads <= 1 || tasks.size() <= 1) {
            for (Callable<T> task : tasks) {
                try {
                    out.add(task.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        try (Workers workers = new Workers(Math.min(threads, tasks.size()))) {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(workers.submit(task));
            }
            for (Future<T> future : futures) {
                try {
                    out.add(workers.await(future));
                } catch (ExecutionException e) {
                    throwIfUnchecked(e.getCause());
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
