package hnsim.model;

import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import java.util.List;

/**
 * Income of the year: the grant and the Schools Block grow by their rates; schools-block
 * transfers are paid where approved (planned transfers in their year, conditional ones in the
 * year after the rule asked for them); grants of the rules and other income are added. Sets
 * net cost, funding and the in-year deficit.
 */
final class FundingStep implements ModelStep {
    private final Transfer[] transfers;
    private final Rule.ConditionalTransfer[] conditional;
    private final double[] grantByYear;
    private final int grantMetric;

    FundingStep(Scenario scenario, MetricLayout layout) {
        transfers = scenario.transfers().toArray(Transfer[]::new);
        conditional = scenario.rules().ofKind(Rule.ConditionalTransfer.class).toArray(Rule.ConditionalTransfer[]::new);
        grantByYear = new double[scenario.years()];
        List<Rule.Grant> grants = scenario.rules().ofKind(Rule.Grant.class);
        for (Rule.Grant g : grants) {
            for (int t : g.years()) {
                grantByYear[t] += g.amountGbp();
            }
        }
        grantMetric = layout.indexOf(MetricLayout.GRANT_INCOME);
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        s.grantGbp *= 1 + in.grantGrowth[year];
        s.schoolsBlockGbp *= 1 + in.schoolsBlockGrowth[year];
        double transfer = 0;
        for (int k = 0; k < transfers.length; k++) {
            if (transfers[k].yearIndex() == year) {
                transfer += in.transferApproved[k] * transfers[k].amountFor(s.schoolsBlockGbp);
            }
        }
        for (int r = 0; r < conditional.length; r++) {
            if (s.requested[r]) {
                s.requested[r] = false;
                transfer += approved(r, year, in) * conditional[r].rate() * s.schoolsBlockGbp;
            }
        }
        double other = 0;
        for (double[] line : in.otherIncome) {
            other += line[year];
        }
        double grants = grantByYear[year];
        if (grantMetric >= 0) {
            row[grantMetric] = grants;
        }
        double netCost = s.grossCostGbp - s.savingsGbp;
        double funding = s.grantGbp + transfer + other + grants;
        s.transferGbp = transfer;
        s.fundingGbp = funding;
        s.inYearDeficitGbp = netCost - funding;
        row[Metric.NET_COST.ordinal()] = netCost;
        row[Metric.FUNDING.ordinal()] = funding;
        row[Metric.TRANSFER.ordinal()] = transfer;
        row[Metric.IN_YEAR_DEFICIT.ordinal()] = s.inYearDeficitGbp;
        row[Metric.HNB_GRANT.ordinal()] = s.grantGbp;
        row[Metric.OTHER_INCOME.ordinal()] = other;
    }

    /**
     * The share of a request approved: the Forum's yes, else the Secretary of State's (1 or 0 in
     * a trajectory; the planned chance of approval in the deterministic path).
     */
    private double approved(int r, int year, TrajectoryInputs in) {
        double minister = conditional[r].secretaryOfState() == null ? 0 : in.ministerApproves[r][year];
        if (conditional[r].onlySecretaryOfState()) {
            return minister;
        }
        double forum = in.forumApproves[r][year];
        return forum + (1 - forum) * minister;
    }
}
