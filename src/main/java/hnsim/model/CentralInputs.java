package hnsim.model;

import hnsim.dist.UncertainValue;
import hnsim.scenario.Placement;
import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import java.util.List;

/** The deterministic inputs: every uncertain value at its central (plan) value. */
public final class CentralInputs {
    private CentralInputs() {
    }

    public static TrajectoryInputs of(Scenario scenario) {
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        double shock = scenario.inflation().shock().plan() * scenario.inflation().shockSize();
        for (int t = 0; t < scenario.years(); t++) {
            in.generalInflation[t] = scenario.inflation().rate().get(t).central();
            in.inflationShock[t] = scenario.inflation().shock().plan();
            double general = in.generalInflation[t] + shock;
            for (int p = 0; p < scenario.placements().size(); p++) {
                Placement placement = scenario.placements().get(p);
                in.growth[p][t] = placement.growth().get(t).central();
                in.inflation[p][t] = placement.followsGeneralInflation()
                        ? general : placement.inflation().get(t).central() + shock;
            }
            in.grantGrowth[t] = scenario.funding().hnbGrant().growth().get(t).central();
            in.schoolsBlockGrowth[t] = scenario.funding().schoolsBlock().growth().get(t).central();
            for (int w = 0; w < scenario.workstreams().size(); w++) {
                in.delivery[w][t] = scenario.workstreams().get(w).delivery().get(t).central();
            }
            for (int o = 0; o < scenario.funding().otherIncome().size(); o++) {
                in.otherIncome[o][t] = scenario.funding().otherIncome().get(o).amountGbp().get(t).central();
            }
        }
        for (int k = 0; k < scenario.transfers().size(); k++) {
            in.transferApproved[k] = scenario.transfers().get(k).approval().plan();
        }
        for (int w = 0; w < scenario.workstreams().size(); w++) {
            in.slipped[w] = scenario.workstreams().get(w).slip().plan();
        }
        if (scenario.hasFlows()) {
            for (int p = 0; p < scenario.placements().size(); p++) {
                List<UncertainValue> leaving = FlowRates.leaving(scenario, p);
                for (int t = 0; t < scenario.years(); t++) {
                    in.leaving[p][t] = leaving.get(t).central();
                }
            }
        }
        for (int k = 0; k < scenario.programme().size(); k++) {
            in.openingLate[k] = scenario.programme().get(k).delay().plan();
        }
        List<Rule.ConditionalTransfer> rules = scenario.rules().ofKind(Rule.ConditionalTransfer.class);
        for (int r = 0; r < rules.size(); r++) {
            Rule.ConditionalTransfer rule = rules.get(r);
            java.util.Arrays.fill(in.forumApproves[r], rule.forumApproval().plan());
            java.util.Arrays.fill(in.ministerApproves[r], rule.secretaryOfState() == null ? 0
                    : rule.secretaryOfState().plan());
        }
        return in;
    }
}
