package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsMergeTest {
    @Test
    void mergedMomentsEqualMomentsOfTheWhole() {
        Moments whole = new Moments();
        Moments first = new Moments();
        Moments second = new Moments();
        for (int i = 0; i < 1000; i++) {
            double x = Math.sin(i) * 1e6 + 5e7;
            whole.add(x);
            (i < 377 ? first : second).add(x);
        }
        first.merge(second.count, second.mean, second.m2);
        assertThat(first.count).isEqualTo(whole.count);
        assertThat(first.mean).isCloseTo(whole.mean, within(1e-6));
        assertThat(first.sd()).isCloseTo(whole.sd(), within(1e-6));
    }
}
