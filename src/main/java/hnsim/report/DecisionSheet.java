package hnsim.report;

import hnsim.decision.Effect;
import hnsim.decision.Effects;
import hnsim.decision.Solution;
import hnsim.decision.ThresholdEffect;
import hnsim.decision.TransferCost;
import hnsim.model.Metric;
import hnsim.scenario.Pupils;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.Exceedance;
import hnsim.stats.RunStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The decision sheet in plain English with numbers, for the working group: what each option
 * changes by the final year, what a transfer costs schools, how likely the deficit passes each
 * threshold with and without each option, and what it takes to hold a target when one was
 * solved for. The same text opens report.html and fills the one-page decision-sheet image.
 */
public final class DecisionSheet {
    /** A heading and its sentences. */
    public record Part(String heading, List<String> sentences) {
        public Part {
            sentences = List.copyOf(sentences);
        }
    }

    private DecisionSheet() {
    }

    public static String title(ScenarioFile file) {
        return "Decision sheet: " + file.base().name();
    }

    public static List<Part> of(ScenarioFile file, List<String> options, List<String> years, RunStatistics stats,
                                Effects effects, Solution solutionOrNull) {
        String last = years.get(years.size() - 1);
        String base = options.get(0);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("What each option changes by " + last, changes(options, last, effects, base)));
        parts.add(new Part("What a transfer costs schools", costs(file)));
        parts.add(new Part("How likely the deficit passes each threshold by " + last,
                thresholds(options, last, stats, effects, base)));
        if (solutionOrNull != null) {
            parts.add(new Part("What it takes to hold the target", List.of(solution(solutionOrNull))));
        }
        return parts;
    }

    private static List<String> changes(List<String> options, String last, Effects effects, String base) {
        List<String> out = new ArrayList<>();
        if (options.size() == 1) {
            out.add("The scenario has no options to compare.");
            return out;
        }
        for (String option : options.subList(1, options.size())) {
            Effect e = effects.find(option, base, Metric.CUMULATIVE_DEFICIT.key(), last);
            String direction = Math.abs(e.mean()) < Effects.NO_DIFFERENCE_GBP ? "leaves the cumulative deficit unchanged"
                    : (e.mean() < 0 ? "lowers" : "raises") + " the cumulative deficit by " + money2(Math.abs(e.mean()))
                    + " on average";
            StringBuilder s = new StringBuilder(option).append(' ').append(direction).append(" against the base");
            if (e.pAnyDifference() > 0) {
                s.append(" (80% of the changes lie between ").append(money2(e.p10())).append(" and ")
                        .append(money2(e.p90())).append(')');
            }
            s.append(". It makes any difference in ").append(Figures.percent(e.pAnyDifference()))
                    .append(" of trajectories: lower in ").append(Figures.percent(e.pLower())).append(", higher in ")
                    .append(Figures.percent(e.pHigher())).append('.');
            out.add(s.toString());
        }
        return out;
    }

    private static List<String> costs(ScenarioFile file) {
        Pupils pupils = file.pupils().orElse(null);
        List<TransferCost> costs = TransferCost.of(file.allOptions(), pupils);
        List<String> out = new ArrayList<>();
        if (costs.isEmpty()) {
            out.add("No option proposes a transfer from the Schools Block.");
            return out;
        }
        for (TransferCost c : costs) {
            StringBuilder s = new StringBuilder(c.option()).append(": ");
            if (!Double.isNaN(c.rate())) {
                s.append(String.format(Locale.UK, "%s%% of the Schools Block in %s", trim(100 * c.rate()), c.year()));
            } else {
                s.append("a fixed transfer in ").append(c.year());
            }
            s.append(" is ").append(money2(c.amountGbp())).append(" taken from schools if approved (chance ")
                    .append(Figures.percent(c.approval())).append(')');
            if (!Double.isNaN(c.perPupilGbp())) {
                s.append(String.format(Locale.UK, ", £%,.0f per pupil", c.perPupilGbp()));
                if (!c.byPhaseGbp().isEmpty()) {
                    List<String> phases = new ArrayList<>();
                    c.byPhaseGbp().forEach((phase, amount) -> phases.add(phase + " schools " + Figures.money(amount)));
                    s.append(" (").append(String.join(", ", phases)).append(')');
                }
            }
            out.add(s.append('.').toString());
        }
        if (pupils != null) {
            out.add(String.format(Locale.UK, "Per pupil: the amount over %,.0f pupils%s, assuming the cut falls evenly "
                    + "per pupil. Pupil numbers: %s.", pupils.total(), pupils.byPhase().isEmpty() ? ""
                    : " (" + String.join(", ", pupils.byPhase().entrySet().stream().map(e -> String.format(
                            Locale.UK, "%s %,.0f", e.getKey(), e.getValue())).toList()) + ")", pupils.source()));
        } else {
            out.add("The scenario gives no pupil numbers (key pupils:), so the cost per pupil is not shown.");
        }
        return out;
    }

    private static List<String> thresholds(List<String> options, String last, RunStatistics stats, Effects effects,
                                           String base) {
        List<String> out = new ArrayList<>();
        List<Exceedance> exceedances = stats.exceedances().stream()
                .filter(e -> e.option().equals(base) && e.year().equals(last)).toList();
        if (exceedances.isEmpty()) {
            out.add("The run has no thresholds.");
        }
        for (Exceedance e : exceedances) {
            StringBuilder s = new StringBuilder("Above ").append(Figures.money(e.thresholdGbp())).append(": ")
                    .append(Figures.percent(e.probability())).append(" in the base");
            for (String option : options.subList(1, options.size())) {
                ThresholdEffect t = effects.thresholds().stream().filter(x -> x.option().equals(option)
                        && x.against().equals(base) && x.year().equals(last) && x.thresholdGbp() == e.thresholdGbp())
                        .findFirst().orElse(null);
                if (t != null) {
                    s.append(String.format(Locale.UK, "; %s with %s (%s points)", Figures.percent(t.pOption()),
                            option, points(t.change())));
                }
            }
            out.add(s.append('.').toString());
        }
        return out;
    }

    /** The solve result in one sentence. */
    public static String solution(Solution s) {
        if (!s.reachable()) {
            return String.format(Locale.UK, "No value of %s in the range searched meets \"%s\": the best, %s, gives %s.",
                    s.parameter(), s.target().text(), s.valueShown(), s.target().describe(s.achieved()));
        }
        String text = String.format(Locale.UK, "To hold \"%s\", set %s to %s (95%% Monte Carlo interval %s to %s); "
                        + "there the %s is %s.", s.target().text(), s.parameter(), s.valueShown(),
                s.ciLowText(), s.ciHighText(),
                s.target().statisticName(), s.target().describe(s.achieved()));
        return s.monotone() ? text : text + " The estimate is not monotone in the range: other values may also hold it.";
    }

    /** Effects are often a million or two: two decimals, £0.99m rather than £1m. */
    static String money2(double pounds) {
        return (pounds < 0 ? "-" : "") + "£" + Figures.ukFormat("#,##0.00").format(Math.abs(pounds) / 1e6) + "m";
    }

    /** A change of probability in percentage points, signed, without a "-0.0" for a change that rounds to nothing. */
    public static String points(double change) {
        double points = Math.round(1000 * change) / 10.0;
        return points == 0 ? "0.0" : String.format(Locale.UK, "%+.1f", points);
    }

    private static String trim(double value) {
        return Figures.ukFormat("0.###").format(value);
    }
}
