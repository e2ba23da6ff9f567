package hnsim.decision;

import hnsim.scenario.Pupils;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a proposed transfer costs the schools: the amount taken from the Schools Block in its
 * year (at the block's central growth), its chance of approval, and, where the scenario gives
 * pupil numbers, the amount per pupil and by phase. The per-phase split assumes the cut falls
 * evenly per pupil, which a Forum may vary by phase; the sheet says so.
 *
 * @param rate share of the Schools Block, NaN for a fixed amount
 * @param perPupilGbp NaN without pupil numbers
 * @param byPhaseGbp the amount each phase's schools give, empty without pupils by phase
 */
public record TransferCost(String option, String year, double rate, double amountGbp, double approval,
                           double perPupilGbp, Map<String, Double> byPhaseGbp) {
    public TransferCost {
        byPhaseGbp = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPhaseGbp));
    }

    /** The transfers every option proposes, option by option, year by year. */
    public static List<TransferCost> of(Map<String, Scenario> options, Pupils pupilsOrNull) {
        List<TransferCost> out = new ArrayList<>();
        options.forEach((name, scenario) -> {
            double block = scenario.funding().schoolsBlock().baseGbp();
            double[] byYear = new double[scenario.years()];
            for (int t = 0; t < scenario.years(); t++) {
                block *= 1 + scenario.funding().schoolsBlock().growth().get(t).central();
                byYear[t] = block;
            }
            for (Transfer transfer : scenario.transfers()) {
                double amount = transfer.amountFor(byYear[transfer.yearIndex()]);
                double perPupil = Double.NaN;
                Map<String, Double> byPhase = new LinkedHashMap<>();
                if (pupilsOrNull != null && pupilsOrNull.total() > 0) {
                    perPupil = amount / pupilsOrNull.total();
                    double each = perPupil;
                    pupilsOrNull.byPhase().forEach((phase, pupils) -> byPhase.put(phase, each * pupils));
                }
                out.add(new TransferCost(name, scenario.year(transfer.yearIndex()).toString(), transfer.rate(), amount,
                        transfer.approval().probability(), perPupil, byPhase));
            }
        });
        return out;
    }
}
