package hnsim.model;

import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;

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
        return in;
    }
}
