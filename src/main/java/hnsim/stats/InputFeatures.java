package hnsim.stats;

import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Placement;
import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.List;

/**
 * One number per uncertain input of a trajectory, named for people: the mean over the years
 * of a yearly input (growth, inflation, delivery), the number of shock years, whether a
 * transfer was approved or a workstream slipped. The rows a sensitivity analysis regresses on.
 */
final class InputFeatures {
    private final Scenario scenario;
    private final List<String> names = new ArrayList<>();

    InputFeatures(Scenario scenario) {
        this.scenario = scenario;
        for (Placement p : scenario.placements()) {
            names.add("demand growth: " + p.name());
        }
        for (Placement p : scenario.placements()) {
            if (!p.followsGeneralInflation()) {
                names.add("unit-cost inflation: " + p.name());
            }
        }
        names.add("general inflation");
        names.add("inflation shocks");
        names.add("HNB grant growth");
        names.add("Schools Block growth");
        for (Transfer t : scenario.transfers()) {
            names.add("transfer approved: " + scenario.year(t.yearIndex()));
        }
        for (Workstream w : scenario.workstreams()) {
            names.add("savings delivered: " + w.name());
        }
        for (Workstream w : scenario.workstreams()) {
            names.add("savings slipped: " + w.name());
        }
        scenario.funding().otherIncome().forEach(o -> names.add("other income: " + o.name()));
        for (int p = 0; scenario.hasFlows() && p < scenario.placements().size(); p++) {
            names.add("leaving rate: " + scenario.placements().get(p).name());
        }
        scenario.programme().forEach(o -> names.add("opening late: " + o.name()));
        List<Rule.ConditionalTransfer> rules = scenario.rules().ofKind(Rule.ConditionalTransfer.class);
        for (int r = 0; r < rules.size(); r++) {
            names.add("Forum would approve: conditional transfer " + (r + 1));
            if (rules.get(r).secretaryOfState() != null) {
                names.add("Secretary of State would approve: conditional transfer " + (r + 1));
            }
        }
    }

    List<String> names() {
        return List.copyOf(names);
    }

    double[] row(TrajectoryInputs in) {
        double[] row = new double[names.size()];
        int c = 0;
        for (double[] growth : in.growth) {
            row[c++] = mean(growth);
        }
        double shockSize = scenario.inflation().shockSize();
        for (int p = 0; p < scenario.placements().size(); p++) {
            if (!scenario.placements().get(p).followsGeneralInflation()) {
                // The shock is its own input: take it out of the type's inflation.
                double sum = 0;
                for (int t = 0; t < scenario.years(); t++) {
                    sum += in.inflation[p][t] - in.inflationShock[t] * shockSize;
                }
                row[c++] = sum / scenario.years();
            }
        }
        row[c++] = mean(in.generalInflation);
        row[c++] = mean(in.inflationShock) * scenario.years();
        row[c++] = mean(in.grantGrowth);
        row[c++] = mean(in.schoolsBlockGrowth);
        for (double approved : in.transferApproved) {
            row[c++] = approved;
        }
        for (double[] delivery : in.delivery) {
            row[c++] = mean(delivery);
        }
        for (double slipped : in.slipped) {
            row[c++] = slipped;
        }
        for (double[] income : in.otherIncome) {
            row[c++] = mean(income) * scenario.years();
        }
        for (int p = 0; scenario.hasFlows() && p < in.leaving.length; p++) {
            row[c++] = mean(in.leaving[p]);
        }
        for (double late : in.openingLate) {
            row[c++] = late;
        }
        List<Rule.ConditionalTransfer> rules = scenario.rules().ofKind(Rule.ConditionalTransfer.class);
        for (int r = 0; r < rules.size(); r++) {
            row[c++] = mean(in.forumApproves[r]);
            if (rules.get(r).secretaryOfState() != null) {
                row[c++] = mean(in.ministerApproves[r]);
            }
        }
        return row;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
