package hnsim.report.html;

import hnsim.backtest.ActualPosition;
import hnsim.backtest.Positions;
import hnsim.report.Figures;
import hnsim.stats.SimulationResult;
import java.util.List;
import java.util.Locale;

/**
 * "How the forecast compares with what happened": each reported outturn of the scenario with
 * the percentile of the run it fell at (its probability integral transform) and whether it lies
 * inside the P10-P90 and P5-P95 ranges. Absent when the scenario lists no outturns.
 */
final class ActualsSection {
    static final String ID = "actuals";

    private ActualsSection() {
    }

    static void write(StringBuilder html, SimulationResult result) {
        List<ActualPosition> positions = Positions.of(result);
        if (positions.isEmpty()) {
            return;
        }
        html.append("<section id=\"" + ID + "\">\n<h2>How the forecast compares with what happened</h2>\n")
                .append("<p>Reported outturns placed in the base option's distribution. <em>Percentile</em> is the "
                        + "share of trajectories below the outturn: a forecast that is well calibrated puts "
                        + "outturns anywhere from 0 to 100 alike, and 80% of them between its P10 and P90.</p>\n")
                .append("<table>\n<thead><tr><th>Metric</th><th>Year</th><th>Outturn</th><th>P10</th><th>Median</th>"
                        + "<th>P90</th><th>Percentile</th><th>Inside P10-P90</th><th>Inside P5-P95</th>"
                        + "<th>Source</th></tr></thead>\n<tbody>\n");
        for (ActualPosition a : positions) {
            boolean money = !a.actual().metric().startsWith("placements");
            html.append("<tr><td>").append(Html.escape(a.actual().metric().replace('_', ' '))).append("</td><td>")
                    .append(Html.escape(a.actual().year().toString())).append("</td><td>")
                    .append(Html.escape(value(a.actual().value(), money))).append("</td><td>")
                    .append(Html.escape(value(a.p10(), money))).append("</td><td>")
                    .append(Html.escape(value(a.p50(), money))).append("</td><td>")
                    .append(Html.escape(value(a.p90(), money))).append("</td><td>")
                    .append(Html.escape(String.format(Locale.UK, "%.1f", a.percentile())));
            if (!a.outsideNote().isEmpty()) {
                html.append(" (").append(Html.escape(a.outsideNote())).append(')');
            }
            html.append("</td><td>").append(a.withinP10P90() ? "yes" : "no").append("</td><td>")
                    .append(a.withinP5P95() ? "yes" : "no").append("</td><td>")
                    .append(Html.escape(a.actual().source())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String value(double v, boolean money) {
        return money ? Figures.money(v) : String.format(Locale.UK, "%,.0f", v);
    }
}
