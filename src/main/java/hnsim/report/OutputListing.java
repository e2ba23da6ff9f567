package hnsim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines printed after a run saying where its files went and what each is for. */
public final class OutputListing {
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry(RunOutputs.REPORT, "the report: key figures, charts, assumptions, run manifest (open in a browser)"),
            Map.entry(RunOutputs.WORKBOOK, "the DSG management plan layout for Excel: plan, unmitigated, mitigated"),
            Map.entry(RunOutputs.PERCENTILES, "percentiles by option, metric and year"),
            Map.entry(RunOutputs.SUMMARY, "the same numbers, exceedance probabilities, first breaches and the run manifest"),
            Map.entry(RunOutputs.SENSITIVITY, "which inputs drive the spread of the final-year cumulative deficit"),
            Map.entry(OutputManifest.FILE, "the files of this run and their SHA-256 (--force replaces only these, unchanged)"),
            Map.entry(EffectsOutputs.CSV, "what each option changes against the base, trajectory by trajectory"),
            Map.entry(EffectsOutputs.THRESHOLDS_CSV, "how each option changes the chance of passing each threshold"),
            Map.entry("solve.json", "the goal seek: the value that holds the target, its interval, what it achieves"),
            Map.entry("tornado.csv", "--sensitivity: one-at-a-time and Monte Carlo tornado bars, by year"),
            Map.entry("sobol.csv", "--sensitivity: Sobol indices with 95% bootstrap intervals, by year"),
            Map.entry("tail-drivers.csv", "--sensitivity: inputs over-represented above the final year's P90"),
            Map.entry(SensitivityOutputs.MANIFEST, "--sensitivity: the study's seed, N, design, groups and cost"));

    /** Wrap the chart list before this column, to fit a terminal. */
    private static final int WIDTH = 100;

    private OutputListing() {
    }

    /** {@code files} as returned by {@link RunOutputs#write}; charts are listed by name once for PNG and SVG. */
    public static String render(Path dir, List<String> files) {
        StringBuilder out = new StringBuilder("Outputs in ").append(dir).append(":\n");
        List<String> charts = new ArrayList<>();
        boolean byYear = files.contains("sobol.csv") || files.contains("tornado.csv");
        for (String file : files) {
            if (file.equals(RunOutputs.SENSITIVITY) && byYear) {
                out.append(String.format("  %-16s %s%n", file, "--sensitivity: rank regression shares and coefficients, by year"));
            } else if (ROLES.containsKey(file)) {
                out.append(String.format("  %-16s %s%n", file, ROLES.get(file)));
            } else if (file.endsWith(".png")) {
                charts.add(file.substring(0, file.length() - ".png".length()));
            }
        }
        if (!charts.isEmpty()) {
            out.append(String.format("  %-16s", "charts"));
            int column = 18;
            for (int i = 0; i < charts.size(); i++) {
                String item = " " + charts.get(i) + (i < charts.size() - 1 ? "," : " (each .png and .svg)");
                if (column + item.length() > WIDTH && column > 18) {
                    out.append('\n').append(" ".repeat(18));
                    column = 18;
                }
                out.append(item);
                column += item.length();
            }
            out.append('\n');
        }
        if (files.contains(RunOutputs.REPORT)) {
            out.append("Open ").append(dir.resolve(RunOutputs.REPORT)).append(" in a browser to see the report.\n");
        }
        return out.toString();
    }
}
