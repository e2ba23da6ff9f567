package hnsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.kernel.Sampling;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioFiles;
import hnsim.stats.AggregateLayout;
import hnsim.stats.ExactAggregates;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summariser;
import hnsim.stats.Unmitigated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards through the engine's API (the CLI's merge tests cover the command): K shards of a run
 * merge into the run of the whole, value for value, and every set of shards that is not one run
 * covered once is refused naming the shard and the problem.
 */
class ShardsTest {
    private static final String YAML = ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {normal: [10%, 3%]}")
            + "thresholds: [12m]\n";
    private static final byte[] BYTES = YAML.getBytes(StandardCharsets.UTF_8);
    private static final ScenarioFile FILE = ScenarioFiles.load(YAML);
    private static final int N = 300;

    @TempDir
    Path tmp;

    private static RunRequest request(long seed, int n, QuantileMethod method) {
        return new RunRequest(seed, n, 1, false, Sampling.MONTE_CARLO, List.of(), method);
    }

    private Path shard(String name, RunRequest request, ShardRange range) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        ShardHeader written = Shards.writeShard(FILE, BYTES, request, range, "9.9", dir, n -> { });
        ShardHeader read = ShardFile.readHeader(dir.resolve(ShardFile.FILE_NAME));
        assertThat(written.range()).isEqualTo(read.range());
        assertThat(written.layout()).isEqualTo(read.layout());
        assertThat(written.seed()).isEqualTo(request.seed());
        return dir;
    }

    private List<Path> shards(RunRequest request, int k) throws IOException, InterruptedException {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            dirs.add(shard(request.methodOrNull() + "-" + i, request, new ShardRange(i, k)));
        }
        return dirs;
    }

    @Test
    void exactShardsMergeIntoTheRunOfTheWholeInAnyOrder() throws IOException, InterruptedException {
        RunRequest request = request(17, N, QuantileMethod.EXACT);
        List<Path> dirs = shards(request, 3);
        ShardHeader first = ShardFile.readHeader(dirs.get(0).resolve(ShardFile.FILE_NAME));
        assertThat(first.range()).isEqualTo("[0, 100)");
        assertThat(first.toolVersion()).isEqualTo("9.9");
        assertThat(first.scenarioSha256()).isEqualTo(FILE.sha256());
        Shards.Merged merged = Shards.merge(List.of(dirs.get(2), dirs.get(0), dirs.get(1)), 2);
        RunAggregates whole = Engine.simulate(FILE, request, QuantileMethod.EXACT, 0, N, n -> { });
        ExactAggregates exact = (ExactAggregates) merged.aggregates();
        assertThat(exact.from()).isZero();
        assertThat(exact.to()).isEqualTo(N);
        for (int c = 0; c < exact.columns(); c++) {
            assertThat(exact.columnOfCell(c)).isEqualTo(((ExactAggregates) whole).columnOfCell(c));
        }
        assertThat(exact.breaches().toArray()).containsExactly(whole.breaches().toArray());
        assertThat(merged.request()).isEqualTo(new RunRequest(17, N, 2, false, Sampling.MONTE_CARLO,
                FILE.base().thresholdsGbp(), QuantileMethod.EXACT));
        assertThat(merged.file().sha256()).isEqualTo(FILE.sha256());
        assertThat(merged.header().seed()).isEqualTo(17);
    }

    @Test
    void sketchShardsMergeIntoTheSameCountsAndQuantiles() throws IOException, InterruptedException {
        RunRequest request = request(17, N, QuantileMethod.SKETCH);
        Shards.Merged merged = Shards.merge(shards(request, 2), 1);
        RunAggregates whole = Engine.simulate(FILE, request, QuantileMethod.SKETCH, 0, N, n -> { });
        assertThat(merged.aggregates().method()).isEqualTo(QuantileMethod.SKETCH);
        assertThat(merged.aggregates().count()).isEqualTo(N);
        assertThat(merged.aggregates().breaches().toArray()).containsExactly(whole.breaches().toArray());
        var a = Summariser.summarise(merged.aggregates(), 1).summaries();
        var b = Summariser.summarise(whole, 1).summaries();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).percentiles()).isEqualTo(b.get(i).percentiles());
            assertThat(a.get(i).mean()).isCloseTo(b.get(i).mean(), org.assertj.core.data.Percentage.withPercentage(1e-9));
        }
    }

    @Test
    void aShardOfNoTrajectoriesIsRefused() {
        assertThatThrownBy(() -> shard("empty", request(1, 2, QuantileMethod.EXACT), new ShardRange(0, 3)))
                .hasMessage("shard 0/3 of 2 trajectories would be empty: use fewer shards than trajectories");
    }

    @Test
    void missingOrOverlappingShardsAreRefused() throws IOException, InterruptedException {
        RunRequest request = request(17, N, QuantileMethod.EXACT);
        List<Path> dirs = shards(request, 3);
        assertThatThrownBy(() -> Shards.merge(List.of(dirs.get(0), dirs.get(2)), 1)).isInstanceOf(ShardException.class)
                .hasMessage("trajectories [100, 200) of 300 are in no shard (between shard " + dirs.get(0)
                        + " and shard " + dirs.get(2) + "): a shard is missing");
        assertThatThrownBy(() -> Shards.merge(List.of(dirs.get(1), dirs.get(2)), 1))
                .hasMessage("trajectories [0, 100) of 300 are in no shard: a shard is missing");
        assertThatThrownBy(() -> Shards.merge(List.of(dirs.get(0), dirs.get(1)), 1))
                .hasMessage("trajectories [200, 300) of 300 are in no shard (after shard " + dirs.get(1)
                        + "): a shard is missing");
        Path half = shard("half", request, new ShardRange(0, 2));
        assertThatThrownBy(() -> Shards.merge(List.of(dirs.get(0), dirs.get(1), dirs.get(2), half), 1))
                .hasMessageContaining("overlaps shard").hasMessageContaining("[0, 150)")
                .hasMessageContaining("each trajectory must be in exactly one shard");
        // Listed out of order: still sorted by first trajectory, then by last.
        assertThatThrownBy(() -> Shards.merge(List.of(half, dirs.get(1), dirs.get(2), dirs.get(0)), 1))
                .hasMessage("shard " + half + " [0, 150) overlaps shard " + dirs.get(0)
                        + " [0, 100): each trajectory must be in exactly one shard");
        Path all = shard("all", request, new ShardRange(0, 1));
        assertThatThrownBy(() -> Shards.merge(List.of(all, dirs.get(1)), 1))
                .hasMessage("shard " + dirs.get(1) + " [100, 200) overlaps shard " + all
                        + " [0, 300): each trajectory must be in exactly one shard");
        assertThatThrownBy(() -> Shards.merge(List.of(), 1)).hasMessage("no shard directories given");
    }

    @Test
    void shardsOfAnotherRunAreRefused() throws IOException, InterruptedException {
        RunRequest request = request(17, N, QuantileMethod.EXACT);
        Path first = shard("first", request, new ShardRange(0, 2));
        Path seed = shard("seed", request(18, N, QuantileMethod.EXACT), new ShardRange(1, 2));
        assertThatThrownBy(() -> Shards.merge(List.of(first, seed), 1)).hasMessage("shard " + seed
                + " does not belong with shard " + first + ": it is seed 18, not 17");
        Path size = shard("size", request(17, 400, QuantileMethod.EXACT), new ShardRange(1, 2));
        assertThatThrownBy(() -> Shards.merge(List.of(first, size), 1))
                .hasMessageEndingWith("it is a run of 400 trajectories, not 300");
        Path method = shard("method", request(17, N, QuantileMethod.SKETCH), new ShardRange(1, 2));
        assertThatThrownBy(() -> Shards.merge(List.of(first, method), 1))
                .hasMessageEndingWith("it is statistics method sketch, not exact");
        Path sampling = Files.createDirectories(tmp.resolve("sampling"));
        Shards.writeShard(FILE, BYTES, new RunRequest(17, N, 1, false, Sampling.LATIN_HYPERCUBE, List.of(),
                QuantileMethod.EXACT), new ShardRange(1, 2), "9.9", sampling, n -> { });
        assertThatThrownBy(() -> Shards.merge(List.of(first, sampling), 1))
                .hasMessageEndingWith("it is sampling latin-hypercube, not monte-carlo");
        Path thresholds = Files.createDirectories(tmp.resolve("thresholds"));
        Shards.writeShard(FILE, BYTES, new RunRequest(17, N, 1, false, Sampling.MONTE_CARLO, List.of(7e6),
                QuantileMethod.EXACT), new ShardRange(1, 2), "9.9", thresholds, n -> { });
        assertThatThrownBy(() -> Shards.merge(List.of(first, thresholds), 1))
                .hasMessageContaining("it is other options, metrics, years or thresholds");
        Path tool = Files.createDirectories(tmp.resolve("tool"));
        Shards.writeShard(FILE, BYTES, request, new ShardRange(1, 2), "9.8", tool, n -> { });
        assertThatThrownBy(() -> Shards.merge(List.of(first, tool), 1))
                .hasMessageEndingWith("it is made by hnsim 9.8, not 9.9");
        String other = YAML.replace("opening_deficit: 10m", "opening_deficit: 11m");
        Path scenario = Files.createDirectories(tmp.resolve("scenario"));
        Shards.writeShard(ScenarioFiles.load(other), other.getBytes(StandardCharsets.UTF_8), request,
                new ShardRange(1, 2), "9.9", scenario, n -> { });
        assertThatThrownBy(() -> Shards.merge(List.of(first, scenario), 1))
                .hasMessageContaining("it is another scenario (test.yaml, SHA-256 ")
                .hasMessageContaining("…, not test.yaml, " + FILE.sha256().substring(0, 12) + "…)");
    }

    @Test
    void directoriesThatHoldNoShardAreRefused() throws IOException {
        Path none = tmp.resolve("none");
        assertThatThrownBy(() -> Shards.merge(List.of(none), 1)).hasMessage("shard " + none + ": not a directory");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> Shards.merge(List.of(empty), 1)).hasMessage("shard " + empty
                + ": not a shard directory (it has no shard.hnsim; make one with hnsim run --shard I/K --out DIR)");
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve(ShardFile.FILE_NAME), "not a shard");
        assertThatThrownBy(() -> Shards.merge(List.of(foreign), 1)).hasMessage("shard " + foreign
                + ": it is not an hnsim shard file (it does not start with HNSIMSHD)");
    }

    @Test
    void aShardWhoseValuesAreDamagedIsNamed() throws IOException, InterruptedException {
        for (QuantileMethod method : QuantileMethod.values()) {
            List<Path> dirs = shards(request(17, N, method), 2);
            Path file = dirs.get(1).resolve(ShardFile.FILE_NAME);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 20] ^= 0x10;
            Files.write(file, bytes);
            assertThatThrownBy(() -> Shards.merge(dirs, 1)).isInstanceOf(ShardException.class).hasMessage("shard "
                    + dirs.get(1) + ": the checksum of the values does not match (corrupted file)");
        }
    }

    @Test
    void aShardCarryingAScenarioThatNoLongerLoadsOrDoesNotMatchItsHashIsRefused() throws IOException, InterruptedException {
        RunRequest request = request(17, 10, QuantileMethod.EXACT);
        RunAggregates aggregates = Engine.simulate(FILE, request, QuantileMethod.EXACT, 0, 10, n -> { });
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        ShardFile.write(broken.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "test.yaml", FILE.sha256(),
                "name: [".getBytes(StandardCharsets.UTF_8), 17, 10, 0, 10, QuantileMethod.EXACT, "monte-carlo",
                aggregates.layout()), aggregates);
        assertThatThrownBy(() -> Shards.merge(List.of(broken), 1))
                .hasMessageStartingWith("shard " + broken + ": the scenario it carries no longer loads: ");
        Path hash = Files.createDirectories(tmp.resolve("hash"));
        ShardFile.write(hash.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "test.yaml", "0123",
                BYTES, 17, 10, 0, 10, QuantileMethod.EXACT, "monte-carlo", aggregates.layout()), aggregates);
        assertThatThrownBy(() -> Shards.merge(List.of(hash), 1)).hasMessage("shard " + hash
                + ": the scenario it carries does not match its SHA-256 (corrupted file)");
        Path sampling = Files.createDirectories(tmp.resolve("unknown-sampling"));
        ShardFile.write(sampling.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "test.yaml", FILE.sha256(),
                BYTES, 17, 10, 0, 10, QuantileMethod.EXACT, "quasi", aggregates.layout()), aggregates);
        assertThatThrownBy(() -> Shards.merge(List.of(sampling), 1))
                .hasMessage("shard " + sampling + ": unknown sampling method quasi");
        AggregateLayout l = aggregates.layout();
        AggregateLayout renamed = new AggregateLayout(l.options(), l.metrics(), List.of("a", "b", "c"), l.thresholds());
        Path layout = Files.createDirectories(tmp.resolve("layout"));
        ShardFile.write(layout.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "test.yaml", FILE.sha256(),
                BYTES, 17, 10, 0, 10, QuantileMethod.EXACT, "monte-carlo", renamed), aggregates);
        assertThatThrownBy(() -> Shards.merge(List.of(layout), 1)).hasMessageStartingWith("shard " + layout
                + ": its layout ").hasMessageEndingWith("is not the one this hnsim gives its scenario (made by another version?)");
    }

    @Test
    void aShortScenarioHashIsShownWhole() throws IOException, InterruptedException {
        RunRequest request = request(17, 10, QuantileMethod.EXACT);
        RunAggregates first = Engine.simulate(FILE, request, QuantileMethod.EXACT, 0, 5, n -> { });
        RunAggregates second = Engine.simulate(FILE, request, QuantileMethod.EXACT, 5, 10, n -> { });
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        ShardFile.write(a.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "a.yaml", "0123456789ab", BYTES, 17,
                10, 0, 5, QuantileMethod.EXACT, "monte-carlo", first.layout()), first);
        ShardFile.write(b.resolve(ShardFile.FILE_NAME), new ShardHeader(1, "9.9", "b.yaml", "0123456789ac", BYTES, 17,
                10, 5, 10, QuantileMethod.EXACT, "monte-carlo", second.layout()), second);
        assertThatThrownBy(() -> Shards.merge(List.of(a, b), 1)).hasMessageEndingWith(
                "it is another scenario (b.yaml, SHA-256 0123456789ac, not a.yaml, 0123456789ab)");
    }

    @Test
    void aPrecisionRunReportsItsProgressAndTimesAndWatchesTheOptionsOnly() throws InterruptedException {
        RunRequest request = request(5, 500, QuantileMethod.EXACT);
        long[] seen = new long[1];
        SimulationResult result = Engine.runToPrecision(FILE, request,
                new hnsim.stats.PrecisionTarget(1, 2_000), n -> seen[0] = Math.max(seen[0], n));
        // 500, 1,000, 2,000: the last round's progress counts on from the trajectories already run.
        assertThat(result.trajectories()).isEqualTo(2_000);
        assertThat(seen[0]).isEqualTo(2_000);
        SimulationResult.Timings t = result.timings();
        assertThat(t.simulationMillis()).isBetween(0L, result.wallTimeMillis());
        assertThat(result.wallTimeMillis()).isLessThan(600_000);
        // The rule's half-width is the widest among the options the user sees, not the unmitigated
        // variant's (which differs once delivery is uncertain: the savings then vary).
        ScenarioFile uncertainDelivery = ScenarioFiles.load(YAML.replace("delivery: 50%", "delivery: {beta: [3, 2]}"));
        RunAggregates aggregates = Engine.simulate(uncertainDelivery, request, QuantileMethod.EXACT, 0, 500, n -> { });
        var stats = Summariser.summarise(aggregates, 1);
        assertThat(Engine.widestHalfWidth(aggregates))
                .isEqualTo(hnsim.stats.PrecisionTarget.widestHalfWidth(stats, List.of("base"), "2023/24"))
                .isNotEqualTo(hnsim.stats.PrecisionTarget.widestHalfWidth(stats, List.of(Unmitigated.VARIANT), "2023/24"));
    }

    @Test
    void theLayoutListsTheOptionsThenTheUnmitigatedBaseAndAddsOnlyNewThresholds() {
        double own = FILE.base().thresholdsGbp().get(0);
        AggregateLayout layout = Engine.layout(FILE, List.of(own, 7e6, 7e6));
        assertThat(layout.options()).containsExactly("base", Unmitigated.VARIANT);
        assertThat(layout.years()).containsExactly("2021/22", "2022/23", "2023/24");
        List<Double> thresholds = new ArrayList<>(FILE.base().thresholdsGbp());
        thresholds.add(7e6);
        assertThat(layout.thresholds()).containsExactly(thresholds.stream().mapToDouble(Double::doubleValue).toArray());
        // The core metrics of the output contract, then one per placement type and workstream.
        assertThat(layout.metrics()).containsExactly("placements", "gross_cost", "savings", "net_cost", "funding",
                "transfer", "in_year_deficit", "cumulative_deficit", "hnb_grant", "other_income", "placements.special",
                "placements.independent", "gross_cost.special", "gross_cost.independent", "savings.review");
    }

    @Test
    void theMethodIsAsAskedElseExactForCentralValuesElseBySize() {
        assertThat(Engine.method(FILE, request(1, 10, QuantileMethod.SKETCH))).isEqualTo(QuantileMethod.SKETCH);
        assertThat(Engine.method(FILE, RunRequest.of(new hnsim.kernel.RunSettings(1, 1, 1, true), List.of())))
                .isEqualTo(QuantileMethod.EXACT);
        assertThat(Engine.method(FILE, RunRequest.of(1, 1_000, 1))).isEqualTo(QuantileMethod.EXACT);
        // 2 options x ~20 metrics x 3 years x 2^31 - 1 values of 8 bytes: far beyond 40% of any test heap.
        assertThat(Engine.method(FILE, RunRequest.of(1, Integer.MAX_VALUE, 1))).isEqualTo(QuantileMethod.SKETCH);
    }

    @Test
    void summariseRefusesAPartOfTheRunAndRunSummarisesTheWhole() throws InterruptedException {
        RunRequest request = request(5, 40, QuantileMethod.EXACT);
        RunAggregates part = Engine.simulate(FILE, request, QuantileMethod.EXACT, 10, 40, n -> { });
        assertThatThrownBy(() -> Engine.summarise(FILE, request, part, 0))
                .hasMessage("the aggregates of [10, 40) are not a whole run of 40");
        RunAggregates short_ = Engine.simulate(FILE, request, QuantileMethod.EXACT, 0, 30, n -> { });
        assertThatThrownBy(() -> Engine.summarise(FILE, request, short_, 0))
                .hasMessage("the aggregates of [0, 30) are not a whole run of 40");
        long[] done = new long[1];
        SimulationResult result = Engine.run(FILE, request, n -> done[0] = Math.max(done[0], n));
        assertThat(done[0]).isEqualTo(40);
        assertThat(result.trajectories()).isEqualTo(40);
        assertThat(result.optionNames()).containsExactly("base");
        assertThat(result.unmitigated()).isNotEmpty().allMatch(s -> s.option().equals(Unmitigated.VARIANT));
        assertThat(result.statistics().summaries()).noneMatch(s -> s.option().equals(Unmitigated.VARIANT));
        assertThat(result.quantileMethod()).isEqualTo(QuantileMethod.EXACT);
        assertThat(result.exact()).isPresent();
        assertThat(result.values(0, hnsim.model.Metric.CUMULATIVE_DEFICIT, 2)).containsExactly(
                ((ExactAggregates) result.aggregates()).column(0,
                        result.aggregates().layout().metricIndex("cumulative_deficit"), 2));
        // The median of those 40 values is the table's: the 20th smallest.
        double[] sorted = result.values(0, hnsim.model.Metric.CUMULATIVE_DEFICIT, 2).clone();
        java.util.Arrays.sort(sorted);
        assertThat(sorted[19]).isEqualTo(result.statistics().find("base", "cumulative_deficit", "2023/24").percentile(50));
        SimulationResult sketched = Engine.run(FILE, request(5, 40, QuantileMethod.SKETCH), n -> { });
        assertThat(sketched.quantileMethod()).isEqualTo(QuantileMethod.SKETCH);
        assertThat(sketched.exact()).isEmpty();
        assertThat(sketched.values(0, hnsim.model.Metric.CUMULATIVE_DEFICIT, 2)).hasSize(Summariser.QUANTILE_SAMPLE);
        assertThat(result.statistics()).isEqualTo(Engine.summarise(FILE, request,
                Engine.simulate(FILE, request, QuantileMethod.EXACT, 0, 40, n -> { }), 0).statistics());
    }
}
