package hnsim.report.workbook;

import hnsim.report.RiskDrivers;
import hnsim.sensitivity.SobolIndex;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.TailDriver;
import hnsim.sensitivity.TornadoBar;
import hnsim.stats.Driver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Sensitivity" ({@code run --sensitivity}): one row per input (or group of inputs) and year with
 * every method's figures side by side, as numbers: rank regression share, rank correlation and
 * coefficient, Sobol first-order and total indices with their 95% intervals, the one-at-a-time
 * and Monte Carlo tornado ends in £m, and, in the final year, the tail drivers. Inputs in order of
 * their final-year total index (or share), so the top rows are what drives the risk; a filter on
 * the year column gives any one year.
 */
final class SensitivitySheet {
    static final String NAME = "Sensitivity";
    private static final String[] HEADER = {"Input", "Year", "Share of explained spread", "Rank correlation",
        "Rank regression coefficient", "Sobol first order", "First order 95% low", "First order 95% high",
        "Sobol total", "Total 95% low", "Total 95% high", "At P10 (£m)", "At P90 (£m)", "Bottom decile median (£m)",
        "Top decile median (£m)", "Tail mean percentile", "Tail top-decile lift"};

    private SensitivitySheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content, RiskDrivers drivers) {
        StudyResult r = drivers.study();
        sheet.title("Sensitivity: what drives the cumulative deficit, by year", content.result().scenarioFile().base().name());
        sheet.note(String.format(Locale.UK, "A study of option %s on the run's first %,d trajectories (seed %d):"
                        + " rank regression; tornadoes, one input at a time at its P10 and P90 (the others at plan values)"
                        + " and Monte Carlo (median deficit with the input in its bottom and top decile); Sobol indices"
                        + " from N x (k + 2) = %,d model evaluations, 95%% bootstrap intervals from %d resamples; tail"
                        + " drivers above the final year's P90 (£%.2fm). %s", content.base(),
                        drivers.manifest().trajectories(), drivers.manifest().seed(), r.sobolEvaluations(),
                        drivers.manifest().bootstrapResamples(), r.tailThreshold() / 1e6,
                        drivers.correlatedChoice(content.result().scenarioFile().base())),
                HEADER.length, 150);
        sheet.skip();
        int headerRow = sheet.rowIndex();
        sheet.header(HEADER);
        int last = r.lastYear();
        Map<String, TailDriver> tail = new HashMap<>();
        r.tail().forEach(d -> tail.put(d.input(), d));
        for (String name : order(r)) {
            for (int t = 0; t < r.years().size(); t++) {
                Row row = sheet.row();
                sheet.text(row, 0, name, null);
                sheet.text(row, 1, r.years().get(t), null);
                Driver d = find(r.drivers(), t, name, Driver::input);
                if (d != null) {
                    sheet.number(row, 2, d.share(), sheet.styles().percent);
                    sheet.number(row, 3, d.spearman(), sheet.styles().number);
                    sheet.number(row, 4, d.srrc(), sheet.styles().number);
                }
                SobolIndex s = find(r.sobol(), t, name, SobolIndex::input);
                if (s != null) {
                    sheet.number(row, 5, s.firstOrder(), sheet.styles().number);
                    sheet.number(row, 6, s.firstOrderCi().low(), sheet.styles().number);
                    sheet.number(row, 7, s.firstOrderCi().high(), sheet.styles().number);
                    sheet.number(row, 8, s.totalOrder(), sheet.styles().number);
                    sheet.number(row, 9, s.totalOrderCi().low(), sheet.styles().number);
                    sheet.number(row, 10, s.totalOrderCi().high(), sheet.styles().number);
                }
                TornadoBar oat = find(r.oneAtATime(), t, name, TornadoBar::input);
                if (oat != null) {
                    sheet.money(row, 11, oat.low());
                    sheet.money(row, 12, oat.high());
                }
                TornadoBar mc = find(r.monteCarlo(), t, name, TornadoBar::input);
                if (mc != null) {
                    sheet.money(row, 13, mc.low());
                    sheet.money(row, 14, mc.high());
                }
                TailDriver td = t == last ? tail.get(name) : null;
                if (td != null) {
                    sheet.number(row, 15, td.tailMeanPercentile(), sheet.styles().number);
                    sheet.number(row, 16, td.topDecileLift(), sheet.styles().number);
                }
            }
        }
        int[] widths = new int[HEADER.length];
        widths[0] = 44;
        widths[1] = 9;
        for (int c = 2; c < widths.length; c++) {
            widths[c] = 12;
        }
        sheet.finish(headerRow, 2, widths);
    }

    /** Every input and group, by final-year total index (else share), largest first. */
    private static List<String> order(StudyResult r) {
        Set<String> names = new LinkedHashSet<>(r.inputs());
        r.groups().forEach(g -> names.add(g.name()));
        int last = r.lastYear();
        Map<String, Double> weight = new HashMap<>();
        if (!r.drivers().isEmpty()) {
            r.drivers().get(last).forEach(d -> weight.merge(d.input(), d.share(), Math::max));
        }
        if (!r.sobol().isEmpty()) {
            r.sobol().get(last).forEach(s -> weight.merge(s.input(), s.totalOrder(), Math::max));
        }
        List<String> out = new ArrayList<>(names);
        out.sort(Comparator.comparingDouble((String n) -> -weight.getOrDefault(n, 0.0)).thenComparing(n -> n));
        return out;
    }

    private static <T> T find(List<List<T>> byYear, int year, String name, java.util.function.Function<T, String> key) {
        if (byYear.isEmpty()) {
            return null;
        }
        return byYear.get(year).stream().filter(x -> key.apply(x).equals(name)).findFirst().orElse(null);
    }
}
