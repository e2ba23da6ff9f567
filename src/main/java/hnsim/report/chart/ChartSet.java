package hnsim.report.chart;

import hnsim.model.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;

/** The charts of a run, in the order the report shows them, with how to read each. */
public final class ChartSet {
    /** One chart of the set: file stem, title, how to read it, and how to build it. */
    record Entry(String stem, String title, String howToRead, Function<ChartInputs, JFreeChart> build) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("fan-cumulative_deficit", "Fan chart: cumulative deficit",
                    "The shaded bands hold the central 50%, 80% and 90% of trajectories in each year, darkest "
                            + "in the middle; the solid line is the median and the dashed line the central path, with every "
                            + "input at its central value (the plan, where the scenario states one, else the means). The fan starts from the deficit brought forward.",
                    in -> FanChart.create(in, Metric.CUMULATIVE_DEFICIT)),
            new Entry("fan-in_year_deficit", "Fan chart: in-year deficit",
                    "The deficit of each year alone (net cost less funding), with the same bands and lines. A "
                            + "band that stays above zero means the deficit keeps growing in most trajectories.",
                    in -> FanChart.create(in, Metric.IN_YEAR_DEFICIT)),
            new Entry("histogram-cumulative_deficit", "Distribution of the final-year cumulative deficit",
                    "Each bar is the share of trajectories whose cumulative deficit at the end of the last year "
                            + "falls in its range; the lines mark the P5, median, P95, mean and central path (plan).",
                    HistogramChart::create),
            new Entry("exceedance-cumulative_deficit", "Exceedance curve: chance the deficit exceeds £X",
                    "Read up from any amount £X to the chance that the cumulative deficit ends a year above it; "
                            + "one curve per year, the last year darkest. Dashed lines mark the scenario's thresholds.",
                    ExceedanceChart::create),
            new Entry("options-cumulative_deficit", "Options compared",
                    "For each option, the median cumulative deficit by year (dots) and the range from P10 to P90 "
                            + "(bars). All options use the same random draws, so differences between them are due "
                            + "to the options alone.",
                    OptionsChart::create),
            new Entry("parts-gross_cost", "Gross cost by placement type",
                    "The base's mean gross cost of each placement type by year, stacked, so the top of the stack "
                            + "is the mean gross cost. Means of the parts add up to the mean of the whole; the "
                            + "tables of percentiles by type are in percentiles.csv (metrics gross_cost.<type>).",
                    PartsChart::create));

    private ChartSet() {
    }

    /** Builds and writes every chart into {@code dir} as PNG and SVG. */
    public static List<RenderedChart> write(ChartInputs in, Path dir) throws IOException {
        List<RenderedChart> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            String svg = ChartWriter.write(e.build().apply(in), dir, e.stem());
            out.add(new RenderedChart(e.stem(), e.title(), e.howToRead(), svg));
        }
        return out;
    }

    /**
     * Builds and writes every chart into {@code dir} as PNG and SVG, on up to {@code threads}
     * threads (each chart is drawn and encoded on its own; the files do not depend on which
     * thread drew them), listed in the set's order.
     */
    public static List<RenderedChart> write(ChartInputs in, Path dir, int threads) throws IOException {
        if (threads <= 1) {
            return write(in, dir);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, ENTRIES.size()), r -> {
            Thread t = new Thread(r, "hnsim-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RenderedChart>> futures = new ArrayList<>();
            for (Entry e : ENTRIES) {
                futures.add(pool.submit(() -> new RenderedChart(e.stem(), e.title(), e.howToRead(),
                        ChartWriter.write(e.build().apply(in), dir, e.stem()))));
            }
            List<RenderedChart> out = new ArrayList<>();
            for (Future<RenderedChart> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the charts", e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cause of a failed file write, as thrown on the writing thread (an IOException, or unchecked). */
    public static IOException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** Builds every chart as SVG only, writing nothing: for embedding without the files. */
    public static List<RenderedChart> render(ChartInputs in) {
        List<RenderedChart> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            out.add(new RenderedChart(e.stem(), e.title(), e.howToRead(), ChartWriter.svg(e.build().apply(in), e.stem())));
        }
        return out;
    }

    /** The file stems, in order. */
    public static List<String> stems() {
        return ENTRIES.stream().map(Entry::stem).toList();
    }
}
