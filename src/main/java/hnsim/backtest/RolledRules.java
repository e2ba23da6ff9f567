package hnsim.backtest;

import hnsim.scenario.Actual;
import hnsim.scenario.Chance;
import hnsim.scenario.Rule;
import hnsim.scenario.Rules;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.Transfer;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's policy rules seen from the year after its latest outturn ({@code --from-actuals}):
 * every year is re-dated to the new first year, what lies wholly in the past drops out (a
 * write-off already made is in the reported deficit; a grant already paid is spent), and what
 * the outturns already decide is decided by them: a Safety Valve year missed on the reported
 * in-year deficit forfeits the later payments when the agreement says so, and a conditional
 * transfer whose trigger is met by the reported figure of the last year is requested for the
 * first rolled year, like any planned transfer.
 */
final class RolledRules {
    private RolledRules() {
    }

    static Rules of(Scenario s, ScenarioFile file, int last) {
        int from = last + 1;
        boolean missed = safetyValveMissed(s, file, last);
        List<Rule> out = new ArrayList<>();
        for (Rule rule : s.rules().all()) {
            // Java 17 has no pattern switch over the sealed kinds.
            if (rule instanceof Rule.ConditionalTransfer c) {
                out.add(new Rule.ConditionalTransfer(c.metric(), c.threshold(), c.rate(),
                        Math.max(0, c.fromYear() - from), c.forumApproval(), c.secretaryOfState(), c.forumLimit(),
                        c.streamName()));
            } else if (rule instanceof Rule.SafetyValve v) {
                int skipped = Math.max(0, from - v.fromYear());
                if (skipped < v.pathGbp().size() && !(missed && v.withholdRest())) {
                    out.add(new Rule.SafetyValve(Math.max(0, v.fromYear() - from),
                            v.pathGbp().subList(skipped, v.pathGbp().size()),
                            v.paymentsGbp().subList(skipped, v.paymentsGbp().size()), v.withholdRest()));
                }
            } else if (rule instanceof Rule.Grant g) {
                List<Integer> years = g.years().stream().filter(y -> y >= from).map(y -> y - from).toList();
                if (!years.isEmpty()) {
                    out.add(new Rule.Grant(g.name(), g.amountGbp(), years));
                }
            } else if (rule instanceof Rule.OverrideEnd o) {
                out.add(new Rule.OverrideEnd(Math.max(0, o.fromYear() - from)));
            } else if (rule instanceof Rule.WriteOff w) {
                if (w.year() >= from && !(w.ifSafetyValveKept() && missed)) {
                    out.add(new Rule.WriteOff(w.year() - from, w.share(), w.ifSafetyValveKept()));
                }
            }
        }
        return new Rules(out);
    }

    /**
     * Transfers for the first rolled year that conditional rules request on the reported figures
     * of the last outturn year; approved by the Forum, or failing that by the Secretary of State
     * when the rule has that route, so the chance is p + (1 - p) q (q alone above the Forum's limit).
     */
    static List<Transfer> requestedAtTheOutturn(Scenario s, ScenarioFile file, int last) {
        int from = last + 1;
        List<Transfer> out = new ArrayList<>();
        for (Rule.ConditionalTransfer c : s.rules().ofKind(Rule.ConditionalTransfer.class)) {
            double seen = RollForward.find(file, c.metric(), last).map(Actual::value).orElse(Double.NaN);
            if (from < c.fromYear() || !(seen > c.threshold())) {
                continue;
            }
            Chance forum = c.onlySecretaryOfState() ? new Chance(0, 0) : c.forumApproval();
            Chance state = c.secretaryOfState() == null ? new Chance(0, 0) : c.secretaryOfState();
            Chance either = new Chance(forum.probability() + (1 - forum.probability()) * state.probability(),
                    forum.plan() + (1 - forum.plan()) * state.plan());
            out.add(new Transfer(0, c.rate(), Double.NaN, either, c.streamName() + "/" + s.year(from) + "/rolled"));
        }
        return out;
    }

    /** True when a reported in-year deficit of a Safety Valve year is above the agreed path. */
    private static boolean safetyValveMissed(Scenario s, ScenarioFile file, int last) {
        for (Rule.SafetyValve v : s.rules().ofKind(Rule.SafetyValve.class)) {
            for (int year = v.fromYear(); year <= last && year - v.fromYear() < v.pathGbp().size(); year++) {
                int k = year - v.fromYear();
                double reported = RollForward.find(file, "in_year_deficit", year).map(Actual::value).orElse(Double.NaN);
                if (reported > v.pathGbp().get(k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
