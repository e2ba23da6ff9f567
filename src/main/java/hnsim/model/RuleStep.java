package hnsim.model;

import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import java.util.List;

/**
 * The policy rules that act on the year's outcome: Safety Valve payments for a year kept to
 * the agreed path, the cumulative deficit (after payments and write-offs), the general fund's
 * exposure once the statutory override has ended, and conditional transfer requests for the
 * next year.
 */
final class RuleStep implements ModelStep {
    private final Rule.SafetyValve safetyValve;
    private final Rule.WriteOff[] writeOffs;
    private final int overrideEnds;
    private final Rule.ConditionalTransfer[] conditional;
    private final int safetyValveMetric;
    private final int writtenOffMetric;
    private final int exposureMetric;
    private final int years;

    RuleStep(Scenario scenario, MetricLayout layout) {
        List<Rule.SafetyValve> agreements = scenario.rules().ofKind(Rule.SafetyValve.class);
        safetyValve = agreements.isEmpty() ? null : agreements.get(0);
        writeOffs = scenario.rules().ofKind(Rule.WriteOff.class).toArray(Rule.WriteOff[]::new);
        overrideEnds = scenario.rules().ofKind(Rule.OverrideEnd.class).stream()
                .mapToInt(Rule.OverrideEnd::fromYear).min().orElse(Integer.MAX_VALUE);
        conditional = scenario.rules().ofKind(Rule.ConditionalTransfer.class).toArray(Rule.ConditionalTransfer[]::new);
        safetyValveMetric = layout.indexOf(MetricLayout.SAFETY_VALVE_INCOME);
        writtenOffMetric = layout.indexOf(MetricLayout.WRITTEN_OFF);
        exposureMetric = layout.indexOf(MetricLayout.GENERAL_FUND_EXPOSURE);
        years = scenario.years();
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        double payment = safetyValvePayment(year, s);
        s.cumulativeDeficitGbp += s.inYearDeficitGbp - payment;
        double written = 0;
        for (Rule.WriteOff w : writeOffs) {
            if (w.year() == year && !(w.ifSafetyValveKept() && s.safetyValveMissed)) {
                double amount = w.share() * Math.max(0, s.cumulativeDeficitGbp);
                s.cumulativeDeficitGbp -= amount;
                written += amount;
            }
        }
        for (int r = 0; r < conditional.length; r++) {
            Rule.ConditionalTransfer rule = conditional[r];
            double seen = rule.metric().equals("in_year_deficit") ? s.inYearDeficitGbp : s.cumulativeDeficitGbp;
            s.requested[r] = year + 1 < years && year + 1 >= rule.fromYear() && seen > rule.threshold();
        }
        row[Metric.CUMULATIVE_DEFICIT.ordinal()] = s.cumulativeDeficitGbp;
        if (safetyValveMetric >= 0) {
            row[safetyValveMetric] = payment;
        }
        if (writtenOffMetric >= 0) {
            row[writtenOffMetric] = written;
        }
        if (exposureMetric >= 0) {
            row[exposureMetric] = year >= overrideEnds ? Math.max(0, s.cumulativeDeficitGbp) : 0;
        }
    }

    /** The Safety Valve payment due this year: paid when the in-year deficit is at or under the agreed path. */
    private double safetyValvePayment(int year, TrajectoryState s) {
        if (safetyValve == null || year < safetyValve.fromYear()) {
            return 0;
        }
        int k = year - safetyValve.fromYear();
        boolean kept = s.inYearDeficitGbp <= safetyValve.pathGbp().get(k);
        boolean forfeited = safetyValve.withholdRest() && s.safetyValveMissed;
        if (!kept) {
            s.safetyValveMissed = true;
        }
        return kept && !forfeited ? safetyValve.paymentsGbp().get(k) : 0;
    }
}
