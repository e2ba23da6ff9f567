package hnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.backtest.ActualPosition;
import java.util.List;

/**
 * summary.json {@code actuals}: each reported outturn (value in pounds, or pupils for
 * placements) with its percentile in the run on a 0-100 scale and whether it fell inside the
 * P10-P90 and P5-P95 ranges; {@code outside} says "below" or "above" when no trajectory reached it.
 */
final class ActualsJson {
    private ActualsJson() {
    }

    static void add(ObjectNode root, List<ActualPosition> actuals) {
        ArrayNode rows = root.putArray("actuals");
        for (ActualPosition a : actuals) {
            ObjectNode row = rows.addObject();
            row.put("metric", a.actual().metric());
            row.put("year", a.actual().year().toString());
            row.put("value", a.actual().value());
            row.put("percentile", a.percentile());
            row.put("within_p10_p90", a.withinP10P90());
            row.put("within_p5_p95", a.withinP5P95());
            if (a.outside() != ActualPosition.Outside.NONE) {
                row.put("outside", a.outside().name().toLowerCase(java.util.Locale.ROOT));
            }
            row.put("source", a.actual().source());
        }
    }
}
