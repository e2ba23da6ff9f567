package hnsim.backtest;

import hnsim.dist.UncertainValue;
import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.FlowRates;
import hnsim.model.MetricLayout;
import hnsim.model.YearOutcome;
import hnsim.scenario.Actual;
import hnsim.scenario.Flows;
import hnsim.scenario.Funding;
import hnsim.scenario.GrowingAmount;
import hnsim.scenario.Inflation;
import hnsim.scenario.Opening;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario file rolled forward to start from its latest outturn ({@code --from-actuals}): the
 * first modelled year becomes the year after the last year with an outturn, the opening deficit
 * is that year's reported cumulative deficit, and placements are the reported ones where the
 * file gives them (by type, or a total shared out in proportion to the plan's mix). Everything
 * else the file does not report (placements not reported, unit costs, the grant, the Schools
 * Block) is carried to that year along the plan, every input at its central value; under flows
 * a type's pupils are those of the plan's deterministic path and its new plans grow along the
 * plan. Per-year inputs keep their values for the years that remain; transfers of the past years
 * drop out; programme openings and workstreams keep their dates and delay and slip risks;
 * rules are re-dated ({@link RolledRules}).
 */
public final class RollForward {
    private RollForward() {
    }

    /** Why a file cannot be rolled forward, in words for the user. */
    public static final class NotPossible extends RuntimeException {
        NotPossible(String message) {
            super(message);
        }
    }

    public static ScenarioFile of(ScenarioFile file) {
        Scenario base = file.base();
        if (file.actuals().isEmpty()) {
            throw new NotPossible(file.path() + " lists no outturns (actuals:), so there is no reported position to"
                    + " start from");
        }
        int last = file.actuals().stream().mapToInt(Actual::yearIndex).max().orElseThrow();
        if (last >= base.years() - 1) {
            throw new NotPossible("the latest outturn of " + file.path() + " is for " + base.year(last)
                    + ", the last modelled year: no years are left to forecast");
        }
        Actual opening = find(file, "cumulative_deficit", last).orElseThrow(() -> new NotPossible(
                "--from-actuals starts from the cumulative deficit of " + base.year(last) + ", the latest year with an"
                        + " outturn, but " + file.path() + " gives none for it; add {metric: cumulative_deficit, year: "
                        + base.year(last) + ", value: ..., source: ...} to actuals:"));
        Map<String, Scenario> options = new LinkedHashMap<>();
        file.options().forEach((name, option) -> options.put(name, roll(option, file, last, opening.value())));
        return new ScenarioFile(file.path(), file.sha256(), roll(base, file, last, opening.value()), options,
                file.warnings(), file.pupils().orElse(null), List.of());
    }

    /** The last year with an outturn, for messages: e.g. 2024/25. */
    public static String startingPoint(ScenarioFile file) {
        int last = file.actuals().stream().mapToInt(Actual::yearIndex).max().orElseThrow();
        return "31 March " + (file.base().year(last).startYear() + 1);
    }

    static Scenario roll(Scenario s, ScenarioFile file, int last, double openingGbp) {
        int from = last + 1;
        double shock = s.inflation().shock().plan() * s.inflation().shockSize();
        // Under flows a type's pupils depend on places and overflow, not on growth alone: take them
        // from the plan's own deterministic path, which is where the plan stands at the outturn.
        List<YearOutcome> plan = s.hasFlows() ? new BudgetModel(s).run(CentralInputs.of(s)) : null;
        // Every opening is kept, re-dated (a negative year index is a year already past, and
        // openShare reads it so): places already open count in full, and a workstream whose
        // savings wait for an opening keeps its profile shifted when the opening was late.
        List<Opening> programme = s.programme().stream()
                .map(o -> new Opening(o.name(), o.type(), o.places(), o.yearIndex() - from, o.firstYearShare(),
                        o.delay(), o.delayYears(), o.streamName()))
                .toList();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < s.placements().size(); i++) {
            Placement p = s.placements().get(i);
            double count = p.baseCount();
            double unitCost = p.baseUnitCostGbp();
            double joiners = s.hasFlows() ? FlowRates.baseJoiners(s, i) : Double.NaN;
            for (int t = 0; t <= last; t++) {
                count *= 1 + p.growth().get(t).central();
                joiners *= 1 + p.growth().get(t).central();
                double inflation = p.followsGeneralInflation() ? s.inflation().rate().get(t).central()
                        : p.inflation().get(t).central();
                unitCost *= 1 + inflation + shock;
            }
            if (plan != null) {
                count = plan.get(last).get(MetricLayout.placements(p.name()));
            }
            List<Double> capacity = p.capacityPupils() == null ? null : p.capacityPupils().subList(from, s.years());
            placements.add(new Placement(p.name(), count, unitCost, rest(p.growth(), from),
                    p.inflation() == null ? null : rest(p.inflation(), from), capacity, p.overflow(),
                    p.persistence(), p.leaving() == null ? null : rest(p.leaving(), from), joiners));
        }
        placements = reported(placements, file, last);
        Inflation inflation = new Inflation(rest(s.inflation().rate(), from), s.inflation().shock(),
                s.inflation().shockSize());
        Funding funding = new Funding(grown(s.funding().hnbGrant(), last), grown(s.funding().schoolsBlock(), last),
                s.funding().otherIncome().stream().map(o -> new OtherIncome(o.name(), rest(o.amountGbp(), from))).toList());
        List<Transfer> transfers = new ArrayList<>(s.transfers().stream().filter(t -> t.yearIndex() > last)
                .map(t -> new Transfer(t.yearIndex() - from, t.rate(), t.amountGbp(), t.approval(), t.streamName()))
                .toList());
        transfers.addAll(RolledRules.requestedAtTheOutturn(s, file, last));
        // A slip or a late opening shifts a whole profile, so the years before the new first year
        // are kept as past targets: a slipped profile delivers last year's target this year.
        List<Workstream> workstreams = s.workstreams().stream()
                .map(w -> new Workstream(w.name(), w.targetGbp().subList(from, s.years()), rest(w.delivery(), from),
                        w.slip(), w.slipYears(), w.id(), w.persistent(), w.yearlyNoise(), w.dependsOn(),
                        pastTargets(w, from)))
                .toList();
        Flows flows = s.hasFlows() ? new Flows(rest(s.flows().leaving(), from), s.flows().stepDowns()) : null;
        return new Scenario(s.name() + ", rolled forward from the outturn at 31 March " + (s.year(last).startYear() + 1),
                s.description(), s.year(from), s.years() - from, openingGbp, placements, inflation, funding, transfers,
                workstreams, s.thresholdsGbp(), s.correlation(), flows, programme, RolledRules.of(s, file, last));
    }

    /** Reported placements replace the plan's: by type where given, else a reported total shared out by the plan's mix. */
    private static List<Placement> reported(List<Placement> planned, ScenarioFile file, int last) {
        double plannedTotal = planned.stream().mapToDouble(Placement::baseCount).sum();
        Optional<Actual> total = find(file, "placements", last);
        return planned.stream().map(p -> {
            Optional<Actual> byType = find(file, "placements." + p.name(), last);
            double count = byType.map(Actual::value)
                    .orElse(total.map(a -> p.baseCount() * a.value() / plannedTotal).orElse(p.baseCount()));
            return new Placement(p.name(), count, p.baseUnitCostGbp(), p.growth(), p.inflation(), p.capacityPupils(),
                    p.overflow(), p.persistence(), p.leaving(), p.baseJoiners());
        }).toList();
    }

    private static List<Double> pastTargets(Workstream w, int from) {
        List<Double> past = new ArrayList<>(w.pastTargetGbp());
        past.addAll(w.targetGbp().subList(0, from));
        return past;
    }

    private static GrowingAmount grown(GrowingAmount amount, int last) {
        double value = amount.baseGbp();
        for (int t = 0; t <= last; t++) {
            value *= 1 + amount.growth().get(t).central();
        }
        return new GrowingAmount(value, rest(amount.growth(), last + 1));
    }

    private static List<UncertainValue> rest(List<UncertainValue> byYear, int from) {
        return List.copyOf(byYear.subList(from, byYear.size()));
    }

    static Optional<Actual> find(ScenarioFile file, String metric, int year) {
        return file.actuals().stream().filter(a -> a.metric().equals(metric) && a.yearIndex() == year).findFirst();
    }
}
