package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** {@link Workers#inOrder}: results in the tasks' order on any number of threads, failures passed on. */
class WorkersTest {
    @Test
    void resultsComeInTheTasksOrderWhateverTheThreads() throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            int value = k;
            // Early tasks take longest, so on a pool they finish last.
            tasks.add(() -> {
                Thread.sleep(40 - value);
                return value * value;
            });
        }
        List<Integer> squares = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            squares.add(k * k);
        }
        for (int threads : new int[] {1, 2, 4}) {
            assertThat(Workers.inOrder(tasks, threads)).as("%d threads", threads).isEqualTo(squares);
        }
        assertThat(Workers.inOrder(List.<Callable<Integer>>of(), 2)).isEmpty();
    }

    @Test
    void aFailureIsPassedOnUncheckedAsItsOwnClassCheckedWrapped() {
        for (int threads : new int[] {1, 2}) {
            List<Callable<Integer>> unchecked = List.of(() -> 1, () -> {
                throw new ArithmeticException("no");
            });
            // On a pool, ForkJoinTask.get throws a copy of the task's exception made on the
            // waiting thread, with the task's own as its cause.
            assertThatThrownBy(() -> Workers.inOrder(unchecked, threads)).isInstanceOf(ArithmeticException.class)
                    .satisfies(e -> assertThat(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                            .isEqualTo("no"));
            List<Callable<Integer>> checked = List.of(() -> 1, () -> {
                throw new IOException("disk");
            });
            // A checked failure comes wrapped in an unchecked one (on a pool, ForkJoinPool's own).
            assertThatThrownBy(() -> Workers.inOrder(checked, threads)).isInstanceOf(RuntimeException.class)
                    .hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("disk");
        }
    }
}
