package hnsim.report;

import hnsim.stats.Interval;
import hnsim.stats.Percentiles;
import hnsim.stats.RunStatistics;
import hnsim.stats.Summary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * percentiles.csv in long format: the contract columns
 * {@code option,metric,year,mean,sd,p5,p10,p25,p50,p75,p90,p95}, then 95% confidence
 * intervals ({@code mean_ci_low, mean_ci_high, p5_ci_low, ...}) and the trajectory count.
 */
public final class PercentilesCsv {
    public static final String CONTRACT_HEADER = "option,metric,year,mean,sd,p5,p10,p25,p50,p75,p90,p95";

    private PercentilesCsv() {
    }

    public static String header() {
        List<String> extra = new ArrayList<>(List.of("mean_ci_low", "mean_ci_high"));
        for (int level : Percentiles.LEVELS) {
            extra.add(Percentiles.column(level) + "_ci_low");
            extra.add(Percentiles.column(level) + "_ci_high");
        }
        extra.add("trajectories");
        return CONTRACT_HEADER + "," + String.join(",", extra);
    }

    public static void write(RunStatistics stats, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header());
            w.write('\n');
            for (Summary s : stats.summaries()) {
                w.write(row(s));
                w.write('\n');
            }
        }
    }

    static String row(Summary s) {
        int decimals = 2;
        List<String> cells = new ArrayList<>(List.of(Csv.text(s.option()), Csv.text(s.metric()), Csv.text(s.year()),
                Numbers.plain(s.mean(), decimals), Numbers.plain(s.sd(), decimals)));
        for (double p : s.percentiles()) {
            cells.add(Numbers.plain(p, decimals));
        }
        cells.add(Numbers.plain(s.meanCi().low(), decimals));
        cells.add(Numbers.plain(s.meanCi().high(), decimals));
        for (Interval ci : s.percentileCis()) {
            cells.add(Numbers.plain(ci.low(), decimals));
            cells.add(Numbers.plain(ci.high(), decimals));
        }
        cells.add(Long.toString(s.count()));
        return Csv.line(cells);
    }
}
