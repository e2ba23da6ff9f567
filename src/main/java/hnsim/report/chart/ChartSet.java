package hnsim.report.chart;

import hnsim.model.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        for (int i = 0; i < ENTRIES.size(); i++) {
            out.add(writeChart(in, dir, i));
        }
        return out;
    }

    /**
     * Builds and writes chart {@code index} of the set (0 to {@link #size()} - 1) as PNG and SVG:
     * each chart is drawn and encoded on its own, so the charts of a run can be written on
     * several threads, and the files do not depend on which thread drew them.
     */
    public static RenderedChart writeChart(ChartInputs in, Path dir, int index) throws IOException {
        Entry e = ENTRIES.get(index);
        return new RenderedChart(e.stem(), e.title(), e.howToRead(), ChartWriter.write(e.build().apply(in), dir, e.stem()));
    }

    /** How many charts the set holds. */
    public static int size() {
        return ENTRIES.size();
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
