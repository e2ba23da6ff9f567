package hnsim.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only once a run has taken a second, and only when
 * stderr is a terminal (not in CI logs or when output is piped) and --quiet is not given.
 */
final class Progress implements LongConsumer, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    private Progress(long total, boolean enabled) {
        this.total = total;
        this.enabled = enabled;
    }

    static Progress start(long total, boolean quiet, PrintWriter stderr) {
        return new Progress(total, !quiet && stderrIsTerminal());
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask directly; on Linux the file
     * descriptor's link names a tty, elsewhere an interactive console is the best sign.
     */
    static boolean stderrIsTerminal() {
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = java.nio.file.Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void accept(long done) {
        if (!enabled) {
            return;
        }
        if (bar == null && System.nanoTime() - started > DELAY_NANOS && done < total) {
            bar = new ProgressBarBuilder().setTaskName("trajectories").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                    .build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.stepTo(total);
            bar.close();
        }
    }
}
