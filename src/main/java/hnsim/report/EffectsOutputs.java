package hnsim.report;

import hnsim.decision.Effect;
import hnsim.decision.Effects;
import hnsim.decision.ThresholdEffect;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The effects of options as files and console text: {@code effects.csv} (the keys of
 * summary.json's {@code effects}), {@code effects-thresholds.csv} (the change in the chance of
 * passing each threshold) and the console table, mean first, in £m.
 */
public final class EffectsOutputs {
    public static final String CSV = "effects.csv";
    public static final String THRESHOLDS_CSV = "effects-thresholds.csv";
    public static final String HEADER = "option,against,metric,year,mean,p10,p50,p90,p_lower,p_higher";
    public static final String THRESHOLDS_HEADER = "option,against,year,threshold,p_option,p_against,change";

    private EffectsOutputs() {
    }

    public static void writeCsv(Effects effects, Path dir) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (Effect e : effects.effects()) {
                w.write(String.join(",", Csv.quote(e.option()), Csv.quote(e.against()), e.metric(), e.year(),
                        Numbers.plain(e.mean(), 2), Numbers.plain(e.p10(), 2), Numbers.plain(e.p50(), 2),
                        Numbers.plain(e.p90(), 2), Numbers.plain(e.pLower(), 6), Numbers.plain(e.pHigher(), 6)));
                w.write('\n');
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(THRESHOLDS_CSV), StandardCharsets.UTF_8)) {
            w.write(THRESHOLDS_HEADER + "\n");
            for (ThresholdEffect t : effects.thresholds()) {
                w.write(String.join(",", Csv.quote(t.option()), Csv.quote(t.against()), t.year(),
                        Numbers.plain(t.thresholdGbp(), 2), Numbers.plain(t.pOption(), 6),
                        Numbers.plain(t.pAgainst(), 6), Numbers.plain(t.change(), 6)));
                w.write('\n');
            }
        }
    }

    private static final int LABEL = 34;
    private static final int CELL = 17;

    /** The console table: one block per pair, mean first, in £m (option minus against). */
    public static String console(Effects effects, List<String> years) {
        StringBuilder out = new StringBuilder();
        for (List<String> pair : effects.pairs()) {
            String option = pair.get(0);
            String against = pair.get(1);
            out.append('\n').append("What ").append(option).append(" changes against ").append(against)
                    .append(": £m, ").append(option).append(" minus ").append(against)
                    .append(" in the same trajectory (negative: a lower deficit)\n");
            line(out, "", years);
            out.append("-".repeat(LABEL + CELL * years.size())).append('\n');
            for (String metric : List.of("cumulative_deficit", "in_year_deficit")) {
                List<Effect> row = years.stream().map(y -> effects.find(option, against, metric, y)).toList();
                String name = metric.replace('_', ' ');
                line(out, name + " mean", row.stream().map(e -> Numbers.millions(e.mean())).toList());
                line(out, "  median", row.stream().map(e -> Numbers.millions(e.p50())).toList());
                line(out, "  P10 to P90", row.stream()
                        .map(e -> Numbers.millions(e.p10()) + " to " + Numbers.millions(e.p90())).toList());
                if (metric.equals("cumulative_deficit")) {
                    line(out, "  P(lower) / P(higher)", row.stream()
                            .map(e -> percent(e.pLower()) + " / " + percent(e.pHigher())).toList());
                }
            }
            List<Double> thresholds = effects.thresholds().stream()
                    .filter(t -> t.option().equals(option) && t.against().equals(against))
                    .map(ThresholdEffect::thresholdGbp).distinct().toList();
            for (double threshold : thresholds) {
                List<String> cells = new ArrayList<>();
                for (String y : years) {
                    ThresholdEffect t = effects.thresholds().stream().filter(x -> x.option().equals(option)
                            && x.against().equals(against) && x.year().equals(y) && x.thresholdGbp() == threshold)
                            .findFirst().orElseThrow();
                    cells.add(DecisionSheet.points(t.change()) + " pts");
                }
                line(out, "P(cumulative > " + Figures.money(threshold) + ") change", cells);
            }
        }
        return out.toString();
    }

    private static String percent(double p) {
        return String.format(Locale.UK, "%.1f%%", 100 * p);
    }

    private static void line(StringBuilder out, String label, List<String> cells) {
        out.append(String.format(Locale.UK, "%-" + LABEL + "s", label));
        for (String c : cells) {
            out.append(String.format(Locale.UK, "%" + Math.max(CELL, c.length() + 2) + "s", c));
        }
        out.append('\n');
    }
}
