package hnsim.sensitivity;

import hnsim.stats.Driver;
import java.util.List;
import java.util.Locale;

/** The console summary of a sensitivity study: the final year's top drivers by each method. */
public final class SensitivitySummary {
    /** Inputs listed per method. */
    static final int TOP = 5;

    private SensitivitySummary() {
    }

    public static String render(StudyResult r, String scenarioName) {
        StringBuilder out = new StringBuilder();
        int last = r.lastYear();
        String year = r.years().get(last);
        out.append(String.format(Locale.UK, "What drives the %s cumulative deficit: %s%n", year, scenarioName));
        if (!r.drivers().isEmpty()) {
            out.append(String.format(Locale.UK, "%nRank regression: share of the explained spread by year, rank correlation in %s%n", year));
            out.append(String.format(Locale.UK, "  %-44s", "input"));
            for (String y : r.years()) {
                out.append(String.format(Locale.UK, "%9s", y));
            }
            out.append(String.format(Locale.UK, "%9s%n", "rho"));
            for (Driver d : r.drivers().get(last).subList(0, Math.min(TOP, r.drivers().get(last).size()))) {
                out.append(String.format(Locale.UK, "  %-44s", d.input()));
                for (List<Driver> byYear : r.drivers()) {
                    double share = byYear.stream().filter(x -> x.input().equals(d.input())).mapToDouble(Driver::share)
                            .findFirst().orElse(0);
                    out.append(String.format(Locale.UK, "%8.1f%%", 100 * share));
                }
                out.append(String.format(Locale.UK, "%+9.2f%n", d.spearman()));
            }
        }
        if (!r.oneAtATime().isEmpty()) {
            List<TornadoBar> oat = r.oneAtATime().get(last);
            out.append(String.format(Locale.UK, "%nTornado, one input at a time at its P10 and P90 (plan path £%.1fm), £m%n",
                    oat.isEmpty() ? 0 : oat.get(0).reference() / 1e6));
            bars(out, oat);
            List<TornadoBar> mc = r.monteCarlo().get(last);
            out.append(String.format(Locale.UK, "%nTornado, Monte Carlo: median with the input in its bottom and top decile"
                    + " (median £%.1fm), £m%n", mc.isEmpty() ? 0 : mc.get(0).reference() / 1e6));
            bars(out, mc);
        }
        if (!r.sobol().isEmpty()) {
            out.append(String.format(Locale.UK, "%nSobol indices with 95%% bootstrap intervals: N x (k + 2) = %,d x %d"
                            + " = %,d model evaluations%n", r.sobolEvaluations() / (r.groups().size() + 2),
                    r.groups().size() + 2, r.sobolEvaluations()));
            out.append(String.format(Locale.UK, "  %-44s%22s%22s%n", "input", "first order", "total"));
            List<SobolIndex> indices = r.sobol().get(last).stream()
                    .sorted(java.util.Comparator.comparingDouble(SobolIndex::totalOrder).reversed()).toList();
            for (SobolIndex s : indices.subList(0, Math.min(TOP, indices.size()))) {
                out.append(String.format(Locale.UK, "  %-44s%6.3f (%5.3f to %5.3f)%6.3f (%5.3f to %5.3f)%n", s.input(),
                        s.firstOrder(), s.firstOrderCi().low(), s.firstOrderCi().high(), s.totalOrder(),
                        s.totalOrderCi().low(), s.totalOrderCi().high()));
            }
            for (InputGroup g : r.groups()) {
                if (!g.isSingle()) {
                    out.append("  ").append(g.name()).append(" = ").append(String.join(" + ", g.paths()))
                            .append(g.name().equals(InputGroups.CORRELATED)
                                    ? " (a correlation block, analysed as one input)" : "").append('\n');
                }
            }
        }
        out.append(String.format(Locale.UK, "%nTail drivers: inputs in the %s trajectories above the P90 (£%.1fm)%n",
                year, r.tailThreshold() / 1e6));
        for (TailDriver d : r.tail().subList(0, Math.min(TOP, r.tail().size()))) {
            out.append(String.format(Locale.UK, "  %-44s mean percentile %4.1f, in its top decile %s%n", d.input(),
                    d.tailMeanPercentile(), Double.isNaN(d.topDecileLift()) ? "n/a (yes/no input)"
                            : String.format(Locale.UK, "%.1fx as often as chance", d.topDecileLift())));
        }
        return out.toString();
    }

    private static void bars(StringBuilder out, List<TornadoBar> bars) {
        for (TornadoBar b : bars.subList(0, Math.min(TOP, bars.size()))) {
            out.append(String.format(Locale.UK, "  %-44s%8.1f to %6.1f  (swing %.1f)%n", b.input(), b.low() / 1e6,
                    b.high() / 1e6, b.swing() / 1e6));
        }
    }

    private static final java.util.Map<String, String> ROLES = java.util.Map.of(
            "sensitivity.csv", "rank regression shares, coefficients and correlations, by year",
            "tornado.csv", "one-at-a-time and Monte Carlo tornado bars, by year",
            "sobol.csv", "Sobol first-order and total indices with 95% bootstrap intervals, by year",
            "tail-drivers.csv", "inputs over-represented above the final year's P90",
            "sensitivity.json", "seed, scenario SHA-256, design and groups",
            "files.sha256", "the files of this run and their SHA-256 (--force replaces only these, unchanged)");

    /** The files written, one line each; charts once for PNG and SVG. */
    public static String listing(java.nio.file.Path dir, List<String> files) {
        StringBuilder out = new StringBuilder("Outputs in ").append(dir).append(":\n");
        List<String> charts = new java.util.ArrayList<>();
        for (String file : files) {
            if (ROLES.containsKey(file)) {
                out.append(String.format(Locale.UK, "  %-18s %s%n", file, ROLES.get(file)));
            } else if (file.endsWith(".png")) {
                charts.add(file.substring(0, file.length() - 4));
            }
        }
        if (!charts.isEmpty()) {
            out.append(String.format(Locale.UK, "  %-18s %s (each .png and .svg)%n", "charts", String.join(", ", charts)));
        }
        return out.toString();
    }
}
