package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileWritesTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void returnsEachWritesValueInTheOrderAskedWhateverTheThreads(int threads) throws IOException {
        List<Future<Integer>> writes = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        try (FileWrites pool = FileWrites.start(threads)) {
            for (int i = 0; i < 20; i++) {
                int value = i * i;
                writes.add(pool.submit(() -> value));
            }
            for (Future<Integer> write : writes) {
                values.add(pool.result(write));
            }
        }
        assertThat(values).hasSize(20).startsWith(0, 1, 4, 9).endsWith(361);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailedWriteThrowsItsOwnIOException(int threads) {
        try (FileWrites pool = FileWrites.start(threads)) {
            Future<Void> write = pool.submit(() -> {
                throw new IOException("disk full");
            });
            assertThatThrownBy(() -> pool.result(write)).isInstanceOf(IOException.class).hasMessage("disk full");
        }
    }

    @Test
    void onOneThreadEachWriteRunsWhenAskedForInTheOrderAsked() throws IOException {
        List<String> order = new ArrayList<>();
        try (FileWrites pool = FileWrites.start(1)) {
            Future<Void> workbook = pool.submit(() -> {
                order.add("workbook");
                return null;
            });
            Future<Void> chart = pool.submit(() -> {
                order.add("chart");
                return null;
            });
            pool.submit(() -> {
                order.add("never asked for");
                return null;
            });
            assertThat(order).isEmpty();
            pool.result(chart);
            pool.result(workbook);
            pool.result(workbook);
        }
        assertThat(order).containsExactly("chart", "workbook");
    }

    @Test
    void closingWaitsForWritesStillRunningSoNoneWritesIntoARemovedFolder() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        try (FileWrites pool = FileWrites.start(2)) {
            pool.submit(() -> {
                started.countDown();
                try {
                    Thread.sleep(300);
                    finished.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            started.await();
            // The caller fails here; leaving the block closes the writes.
        }
        assertThat(finished).isTrue();
    }
}
