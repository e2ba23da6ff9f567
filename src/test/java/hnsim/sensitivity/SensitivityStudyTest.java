package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.InputCatalogue;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end known answers: the kernel's Saltelli design on scenarios whose indices are known. */
class SensitivityStudyTest {
    private static StudyResult study(InputCatalogue catalogue, int n, int threads) throws InterruptedException {
        return SensitivityStudy.run(catalogue, new StudySettings(42, n, threads, EnumSet.allOf(Method.class), List.of(),
                CorrelatedTreatment.GROUP, 300), done -> { });
    }

    @Test
    void aLoneUncertainInputExplainsEverything() throws InterruptedException {
        StudyResult r = study(Scenarios.parse(Scenarios.ONE_INPUT), 2000, 2);
        assertThat(r.groups()).containsExactly(new InputGroup("placements.special_school.growth",
                List.of("placements.special_school.growth")));
        assertThat(r.sobolEvaluations()).isEqualTo(2000L * 3);
        for (List<SobolIndex> year : r.sobol()) {
            SobolIndex s = year.get(0);
            // With one input AB = B exactly, so both estimators give 1 up to sampling error.
            assertThat(s.firstOrder()).isCloseTo(1, within(0.05));
            assertThat(s.totalOrder()).isCloseTo(1, within(0.05));
            assertThat(s.firstOrderCi().low()).isLessThanOrEqualTo(1.0);
            assertThat(s.firstOrderCi().high()).isGreaterThanOrEqualTo(1.0);
            assertThat(s.totalOrderCi().low()).isLessThanOrEqualTo(1.0);
            assertThat(s.totalOrderCi().high()).isGreaterThanOrEqualTo(1.0);
        }
    }

    @Test
    void additiveInputsHaveTheirVarianceSharesAndNoInteraction() throws InterruptedException {
        StudyResult r = study(Scenarios.parse(Scenarios.ADDITIVE), 4000, 2);
        List<SobolIndex> last = r.sobol().get(r.lastYear());
        SobolIndex small = find(last, "workstreams.small.delivery");
        SobolIndex large = find(last, "workstreams.large.delivery");
        // Var(y) = (1/12)(3 x 1^2 + 3 x 2^2) £m^2: shares 3/15 and 12/15.
        assertThat(small.firstOrderCi().low()).isLessThan(0.2);
        assertThat(small.firstOrderCi().high()).isGreaterThan(0.2);
        assertThat(large.firstOrderCi().low()).isLessThan(0.8);
        assertThat(large.firstOrderCi().high()).isGreaterThan(0.8);
        // No interactions: the total index equals the first-order one (Jansen's estimator is exact
        // here up to the pooled variance's sampling error).
        assertThat(small.totalOrder()).isCloseTo(0.2, within(0.02));
        assertThat(large.totalOrder()).isCloseTo(0.8, within(0.04));
        // The first year alone: targets 1m and 2m, the same shares.
        SobolIndex first = find(r.sobol().get(0), "workstreams.large.delivery");
        assertThat(first.totalOrder()).isCloseTo(0.8, within(0.04));
    }

    @Test
    void tornadoOfTheAdditivePathIsSymmetricAndOrderedBySwing() throws InterruptedException {
        StudyResult r = study(Scenarios.parse(Scenarios.ADDITIVE), 1000, 1);
        List<TornadoBar> bars = r.oneAtATime().get(r.lastYear());
        assertThat(bars).extracting(TornadoBar::input)
                .containsExactly("workstreams.large.delivery", "workstreams.small.delivery");
        for (TornadoBar b : bars) {
            // The plan path has delivery at its mean 0.5; P10 and P90 are 0.1 and 0.9: symmetric.
            assertThat(b.high() - b.reference()).isCloseTo(b.reference() - b.low(), within(1.0));
            // More delivery, less deficit.
            assertThat(b.high()).isLessThan(b.low());
        }
        // Swing = 3 years x target x (0.9 - 0.1).
        assertThat(bars.get(0).swing()).isCloseTo(3 * 2e6 * 0.8, within(1.0));
        assertThat(bars.get(1).swing()).isCloseTo(3 * 1e6 * 0.8, within(1.0));
        // Rank regression: the large workstream dominates every year.
        assertThat(r.drivers().get(r.lastYear()).get(0).input()).isEqualTo("workstreams.large.delivery");
    }

    @Test
    void theSameNumbersOnOneThreadAndTwo() throws Exception {
        InputCatalogue shipped = InputCatalogue.of(ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base());
        StudyResult one = study(shipped, 300, 1);
        StudyResult two = study(shipped, 300, 2);
        assertThat(hnsim.report.SensitivityOutputs.sobolCsv(two)).isEqualTo(hnsim.report.SensitivityOutputs.sobolCsv(one));
        assertThat(hnsim.report.SensitivityOutputs.sensitivityCsv(two)).isEqualTo(hnsim.report.SensitivityOutputs.sensitivityCsv(one));
        assertThat(hnsim.report.SensitivityOutputs.tornadoCsv(two)).isEqualTo(hnsim.report.SensitivityOutputs.tornadoCsv(one));
        assertThat(hnsim.report.SensitivityOutputs.tailCsv(two)).isEqualTo(hnsim.report.SensitivityOutputs.tailCsv(one));
    }

    @Test
    void designMatrixAIsTheRunItself() throws Exception {
        // Row j of A is trajectory j of the run: the regression on A equals the run's own sensitivity table.
        Path file = Path.of("scenarios/leicestershire-2021-mtfs.yaml");
        assertThat(Files.exists(file)).isTrue();
        InputCatalogue shipped = InputCatalogue.of(ScenarioLoader.load(file).base());
        StudyResult r = SensitivityStudy.run(shipped, new StudySettings(20210301, 500, 2, EnumSet.of(Method.SRRC),
                List.of(), CorrelatedTreatment.GROUP, 0), done -> { });
        var run = hnsim.stats.Sensitivity.of(shipped.scenario(), new hnsim.kernel.RunSettings(20210301, 500, 2, false));
        assertThat(r.drivers().get(r.lastYear()).get(0).srrc()).isEqualTo(run.get(0).srrc());
        assertThat(r.sobol()).isEmpty();
        assertThat(r.sobolEvaluations()).isZero();
    }

    private static SobolIndex find(List<SobolIndex> indices, String name) {
        return indices.stream().filter(s -> s.input().equals(name)).findFirst().orElseThrow();
    }
}
