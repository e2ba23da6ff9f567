package hnsim.stats;

import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Placement;
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
