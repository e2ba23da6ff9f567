package hnsim.model;

import hnsim.model.UncertainInput.Event;
import hnsim.model.UncertainInput.Feature;
import hnsim.model.UncertainInput.Frequency;
import hnsim.model.UncertainInput.Slot;
import hnsim.model.UncertainInput.Yearly;
import hnsim.dist.Normal;
import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import hnsim.scenario.InputPaths;
import hnsim.scenario.Opening;
import hnsim.scenario.Rule;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every uncertain input of a scenario, each declared once (its path, stream, sampler, central
 * value, place in {@link TrajectoryInputs} and sensitivity feature). The kernel's sampler, the
 * deterministic path ({@link CentralInputs}), the draw floor and the sensitivity analysis all
 * read this list, so an input added here is sampled, centred, counted and ranked; an input
 * missing here is caught by a test (InputCatalogueCoverageTest), not silently left at 0.
 *
 * <p>To add an input: add a field to {@link TrajectoryInputs} for the model to read, and one
 * {@code add(...)} below. The stream names predate the paths and are kept, so a scenario's
 * draws never change when inputs are added elsewhere.
 *
 * <p>The order is that of the sensitivity table's regression (kept stable so its digits do
 * not move); sampling does not depend on it.
 */
public final class InputCatalogue {
    private final Scenario scenario;
    private final List<UncertainInput> inputs;
    /** Per placement type: whether it follows general inflation (read once here, not per trajectory). */
    private final boolean[] followsGeneralInflation;
    private final double shockSize;

    private InputCatalogue(Scenario scenario, List<UncertainInput> inputs) {
        this.scenario = scenario;
        this.inputs = List.copyOf(inputs);
        List<Placement> placements = scenario.placements();
        this.followsGeneralInflation = new boolean[placements.size()];
        for (int p = 0; p < placements.size(); p++) {
            followsGeneralInflation[p] = placements.get(p).followsGeneralInflation();
        }
        this.shockSize = scenario.inflation().shockSize();
    }

    /** The catalogue of a scenario's inputs. */
    public static InputCatalogue of(Scenario scenario) {
        List<UncertainInput> out = new ArrayList<>();
        List<Placement> placements = scenario.placements();
        for (int p = 0; p < placements.size(); p++) {
            Placement type = placements.get(p);
            int index = p;
            out.add(new UncertainInput(InputPaths.growth(type.name()), "placement/" + type.name() + "/growth",
                    "demand growth: " + type.name(), new Yearly(type.growth(), type.persistence()),
                    Slot.years(in -> in.growth[index]), Feature.MEAN));
        }
        for (int p = 0; p < placements.size(); p++) {
            Placement type = placements.get(p);
            int index = p;
            if (!type.followsGeneralInflation()) {
                out.add(new UncertainInput(InputPaths.inflation(type.name()), "placement/" + type.name() + "/inflation",
                        "unit-cost inflation: " + type.name(), new Yearly(type.inflation(), 0),
                        Slot.years(in -> in.ownInflation[index]), Feature.MEAN));
            }
        }
        out.add(new UncertainInput(InputPaths.GENERAL_INFLATION, "inflation/rate", "general inflation",
                new Yearly(scenario.inflation().rate(), 0), Slot.years(in -> in.generalInflation), Feature.MEAN));
        out.add(new UncertainInput(InputPaths.INFLATION_SHOCK, "inflation/shock", "inflation shocks",
                new Event(scenario.inflation().shock(), Frequency.YEARLY), Slot.years(in -> in.inflationShock),
                Feature.TOTAL));
        out.add(new UncertainInput(InputPaths.GRANT_GROWTH, "funding/hnb_grant/growth", "HNB grant growth",
                new Yearly(scenario.funding().hnbGrant().growth(), 0), Slot.years(in -> in.grantGrowth), Feature.MEAN));
        out.add(new UncertainInput(InputPaths.SCHOOLS_BLOCK_GROWTH, "funding/schools_block/growth", "Schools Block growth",
                new Yearly(scenario.funding().schoolsBlock().growth(), 0), Slot.years(in -> in.schoolsBlockGrowth),
                Feature.MEAN));
        List<Transfer> transfers = scenario.transfers();
        for (int k = 0; k < transfers.size(); k++) {
            Transfer t = transfers.get(k);
            out.add(new UncertainInput(InputPaths.approval(k), t.streamName(),
                    "transfer approved: " + scenario.year(t.yearIndex()), new Event(t.approval(), Frequency.ONCE),
                    Slot.at(in -> in.transferApproved, k), Feature.VALUE));
        }
        List<Workstream> workstreams = scenario.workstreams();
        for (int w = 0; w < workstreams.size(); w++) {
            Workstream ws = workstreams.get(w);
            int index = w;
            out.add(new UncertainInput(InputPaths.delivery(ws.id()), "workstream/" + ws.name() + "/delivery",
                    // Persistent delivery: one score for every year (persistence 1), so each year is at the same quantile.
                    "savings delivered: " + ws.name(), new Yearly(ws.delivery(), ws.persistent() ? 1 : 0),
                    Slot.years(in -> in.delivery[index]), Feature.MEAN));
        }
        for (int w = 0; w < workstreams.size(); w++) {
            Workstream ws = workstreams.get(w);
            out.add(new UncertainInput(InputPaths.slip(ws.id()), "workstream/" + ws.name() + "/slip",
                    "savings slipped: " + ws.name(), new Event(ws.slip(), Frequency.ONCE),
                    Slot.at(in -> in.slipped, w), Feature.VALUE));
        }
        List<OtherIncome> income = scenario.funding().otherIncome();
        for (int o = 0; o < income.size(); o++) {
            OtherIncome line = income.get(o);
            int index = o;
            out.add(new UncertainInput(InputPaths.otherIncome(line.name()), "other_income/" + line.name() + "/amount",
                    "other income: " + line.name(), new Yearly(line.amountGbp(), 0),
                    Slot.years(in -> in.otherIncome[index]), Feature.TOTAL));
        }
        addFlowsProgrammeAndRules(scenario, out);
        return new InputCatalogue(scenario, out);
    }

    /**
     * The inputs of stocks and flows, the capacity programme, persistent delivery and policy
     * rules, after the older ones so the sensitivity table's first columns keep their order.
     * Their stream names are those they were first drawn from.
     */
    private static void addFlowsProgrammeAndRules(Scenario scenario, List<UncertainInput> out) {
        List<Placement> placements = scenario.placements();
        for (int p = 0; scenario.hasFlows() && p < placements.size(); p++) {
            String name = placements.get(p).name();
            int index = p;
            out.add(new UncertainInput("placements." + name + ".leaving", "placement/" + name + "/leaving",
                    "leaving rate: " + name, new Yearly(FlowRates.leaving(scenario, p), 0),
                    Slot.years(in -> in.leaving[index]), Feature.MEAN));
        }
        List<Opening> programme = scenario.programme();
        for (int k = 0; k < programme.size(); k++) {
            Opening o = programme.get(k);
            out.add(new UncertainInput("programme." + o.name() + ".delay", o.streamName(), "opening late: " + o.name(),
                    new Event(o.delay(), Frequency.ONCE), Slot.at(in -> in.openingLate, k), Feature.VALUE));
        }
        List<Rule.ConditionalTransfer> rules = scenario.rules().ofKind(Rule.ConditionalTransfer.class);
        for (int r = 0; r < rules.size(); r++) {
            Rule.ConditionalTransfer rule = rules.get(r);
            int index = r;
            out.add(new UncertainInput("rules.conditional_transfer." + r + ".forum_approval", rule.streamName() + "/forum",
                    "Forum would approve: conditional transfer " + (r + 1), new Event(rule.forumApproval(), Frequency.YEARLY),
                    Slot.years(in -> in.forumApproves[index]), Feature.MEAN));
            if (rule.secretaryOfState() != null) {
                out.add(new UncertainInput("rules.conditional_transfer." + r + ".secretary_of_state",
                        rule.streamName() + "/secretary_of_state",
                        "Secretary of State would approve: conditional transfer " + (r + 1),
                        new Event(rule.secretaryOfState(), Frequency.YEARLY),
                        Slot.years(in -> in.ministerApproves[index]), Feature.MEAN));
            }
        }
        List<Workstream> workstreams = scenario.workstreams();
        for (int w = 0; w < workstreams.size(); w++) {
            Workstream ws = workstreams.get(w);
            if (ws.persistent() && ws.yearlyNoise() > 0) {
                int index = w;
                // The noise is part of the delivery assumption: it carries the delivery's source label.
                UncertainValue noise = new UncertainValue(new Normal(0, ws.yearlyNoise()), Unit.RATE, null,
                        ws.delivery().get(0).source());
                out.add(new UncertainInput(InputPaths.deliveryNoise(ws.id()),
                        "workstream/" + ws.name() + "/delivery_noise", "delivery noise: " + ws.name(),
                        new Yearly(Collections.nCopies(scenario.years(), noise), 0),
                        Slot.years(in -> in.deliveryNoise[index]), Feature.MEAN));
            }
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<UncertainInput> inputs() {
        return inputs;
    }

    public Optional<UncertainInput> byPath(String path) {
        return inputs.stream().filter(i -> i.path().equals(path)).findFirst();
    }

    /**
     * The same catalogue with input {@code path} drawn from stream {@code stream}: for analyses
     * that re-draw one input independently of the rest (e.g. Sobol indices), every other input
     * keeping its draws.
     */
    public InputCatalogue withStream(String path, String stream) {
        List<UncertainInput> out = new ArrayList<>(inputs.size());
        boolean found = false;
        for (UncertainInput input : inputs) {
            if (input.path().equals(path)) {
                out.add(input.withStream(stream));
                found = true;
            } else {
                out.add(input);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no input '" + path + "' in the scenario");
        }
        return new InputCatalogue(scenario, out);

    }
    /** An input's central (plan) values of one trajectory: its {@code plan:} values, else means; an event's planned probability. */
    public double[] central(UncertainInput input) {
        double[] values = new double[input.width(scenario.years())];
        if (input.source() instanceof Yearly y) {
            for (int t = 0; t < values.length; t++) {
                values[t] = y.byYear().get(t).central();
            }
        } else if (input.source() instanceof Event e) {
            java.util.Arrays.fill(values, e.chance().plan());
        }
        return values;
    }

    /**
     * Computes what the model reads that several inputs make together, once every input is in
     * {@code in}: each type's unit-cost inflation (its own or the general rate, plus the shock
     * in a shock year) and each noisy workstream's delivery (its persistent fraction plus the year's noise).
     */
    public void complete(TrajectoryInputs in) {
        double[] shock = in.inflationShock;
        for (int p = 0; p < followsGeneralInflation.length; p++) {
            double[] base = followsGeneralInflation[p] ? in.generalInflation : in.ownInflation[p];
            double[] inflation = in.inflation[p];
            for (int t = 0; t < inflation.length; t++) {
                inflation[t] = base[t] + shock[t] * shockSize;
            }
        }
        for (int w = 0; w < in.deliveryNoise.length; w++) {
            double[] noise = in.deliveryNoise[w];
            double[] delivery = in.delivery[w];
            // Yearly noise around the trajectory's persistent delivery; below 0 a workstream would add cost.
            for (int t = 0; t < noise.length; t++) {
                delivery[t] = Math.max(0, delivery[t] + noise[t]);
            }
        }
    }
}
