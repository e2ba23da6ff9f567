package hnsim.kernel;

import hnsim.dist.UncertainValue;
import hnsim.model.FlowRates;
import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Chance;
import hnsim.scenario.Opening;
import hnsim.scenario.Rule;
import hnsim.scenario.Correlation;
import hnsim.scenario.InputPaths;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws every uncertain input of one trajectory into a {@link TrajectoryInputs}. Each input
 * has its own named stream, so adding an input to a scenario, or an option dropping one,
 * leaves the other inputs' draws unchanged (common random numbers across options). Inputs
 * named in the scenario's {@code correlation} block are drawn together by a Gaussian copula
 * ({@link CorrelatedInputs}), still each from its own stream.
 *
 * <p>Not thread-safe: the kernel builds one per worker block.
 */
final class InputSampler {
    private final Scenario scenario;
    private final long seed;
    private final Sampling sampling;
    private final CorrelatedInputs correlated;
    private final YearlyDraw[] growth;
    private final YearlyDraw[] ownInflation;
    private final YearlyDraw generalInflation;
    private final EventStream shock;
    private final YearlyDraw grantGrowth;
    private final YearlyDraw schoolsBlockGrowth;
    private final EventStream[] approval;
    private final YearlyDraw[] delivery;
    private final EventStream[] slip;
    private final YearlyDraw[] otherIncome;
    private final YearlyDraw[] leaving;
    private final EventStream[] openingLate;
    private final YearlyDraw[] deliveryNoise;
    private final EventStream[] forumApproves;
    private final EventStream[] ministerApproves;
    private final double[] noise;
    private long blockFrom;

    InputSampler(Scenario scenario, long seed) {
        this(scenario, seed, Sampling.MONTE_CARLO);
    }

    InputSampler(Scenario scenario, long seed, Sampling sampling) {
        this.scenario = scenario;
        this.seed = seed;
        this.sampling = sampling;
        Map<String, CorrelatedInputs.Member> yearly = yearlyInputs(scenario);
        Correlation correlation = scenario.correlation();
        Map<String, Integer> memberIndex = new LinkedHashMap<>();
        if (correlation.isEmpty()) {
            correlated = null;
        } else {
            List<CorrelatedInputs.Member> members = new ArrayList<>();
            for (String path : correlation.inputs()) {
                CorrelatedInputs.Member member = yearly.get(path);
                if (member == null) {
                    throw new IllegalStateException("the correlated input '" + path + "' is not an input of the scenario");
                }
                memberIndex.put(path, members.size());
                members.add(member);
            }
            correlated = new CorrelatedInputs(members, correlation.gaussianFactor(), scenario.years());
        }
        Map<String, YearlyDraw> draws = new LinkedHashMap<>();
        yearly.forEach((path, member) -> draws.put(path, memberIndex.containsKey(path)
                ? correlated.member(memberIndex.get(path))
                : new InputStream(member.streamName(), member.byYear(), member.persistence())));

        int types = scenario.placements().size();
        growth = new YearlyDraw[types];
        ownInflation = new YearlyDraw[types];
        for (int p = 0; p < types; p++) {
            Placement placement = scenario.placements().get(p);
            growth[p] = draws.get(InputPaths.growth(placement.name()));
            if (!placement.followsGeneralInflation()) {
                ownInflation[p] = draws.get(InputPaths.inflation(placement.name()));
            }
        }
        generalInflation = draws.get(InputPaths.GENERAL_INFLATION);
        shock = new EventStream("inflation/shock", scenario.inflation().shock());
        grantGrowth = draws.get(InputPaths.GRANT_GROWTH);
        schoolsBlockGrowth = draws.get(InputPaths.SCHOOLS_BLOCK_GROWTH);
        approval = new EventStream[scenario.transfers().size()];
        for (int k = 0; k < approval.length; k++) {
            Transfer t = scenario.transfers().get(k);
            approval[k] = new EventStream(t.streamName(), t.approval());
        }
        delivery = new YearlyDraw[scenario.workstreams().size()];
        slip = new EventStream[delivery.length];
        for (int w = 0; w < delivery.length; w++) {
            Workstream ws = scenario.workstreams().get(w);
            delivery[w] = draws.get(InputPaths.delivery(ws.name()));
            slip[w] = new EventStream("workstream/" + ws.name() + "/slip", ws.slip());
        }
        otherIncome = new YearlyDraw[scenario.funding().otherIncome().size()];
        for (int o = 0; o < otherIncome.length; o++) {
            otherIncome[o] = draws.get(InputPaths.otherIncome(scenario.funding().otherIncome().get(o).name()));
        }
        leaving = new YearlyDraw[scenario.hasFlows() ? types : 0];
        for (int p = 0; p < leaving.length; p++) {
            leaving[p] = new InputStream("placement/" + scenario.placements().get(p).name() + "/leaving",
                    FlowRates.leaving(scenario, p), 0);
        }
        openingLate = new EventStream[scenario.programme().size()];
        for (int k = 0; k < openingLate.length; k++) {
            Opening o = scenario.programme().get(k);
            openingLate[k] = new EventStream(o.streamName(), o.delay());
        }
        noise = new double[scenario.years()];
        deliveryNoise = new YearlyDraw[delivery.length];
        for (int w = 0; w < delivery.length; w++) {
            Workstream ws = scenario.workstreams().get(w);
            if (ws.persistent() && ws.yearlyNoise() > 0) {
                deliveryNoise[w] = new InputStream("workstream/" + ws.name() + "/delivery_noise",
                        java.util.Collections.nCopies(scenario.years(),
                                new UncertainValue(new hnsim.dist.Normal(0, ws.yearlyNoise()), hnsim.dist.Unit.RATE, null)), 0);
            }
        }
        List<Rule.ConditionalTransfer> rules = scenario.rules().ofKind(Rule.ConditionalTransfer.class);
        forumApproves = new EventStream[rules.size()];
        ministerApproves = new EventStream[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Rule.ConditionalTransfer rule = rules.get(r);
            forumApproves[r] = new EventStream(rule.streamName() + "/forum", rule.forumApproval());
            ministerApproves[r] = new EventStream(rule.streamName() + "/secretary_of_state",
                    rule.secretaryOfState() == null ? Chance.of(0) : rule.secretaryOfState());
        }
    }

    /**
     * Every yearly input by its scenario path, with the name of its random stream. The stream
     * names predate the paths and are kept, so a scenario's draws do not change.
     */
    private static Map<String, CorrelatedInputs.Member> yearlyInputs(Scenario scenario) {
        Map<String, CorrelatedInputs.Member> out = new LinkedHashMap<>();
        for (Placement p : scenario.placements()) {
            out.put(InputPaths.growth(p.name()), member("placement/" + p.name() + "/growth", p.growth(), p.persistence()));
            if (!p.followsGeneralInflation()) {
                out.put(InputPaths.inflation(p.name()), member("placement/" + p.name() + "/inflation", p.inflation(), 0));
            }
        }
        out.put(InputPaths.GENERAL_INFLATION, member("inflation/rate", scenario.inflation().rate(), 0));
        out.put(InputPaths.GRANT_GROWTH, member("funding/hnb_grant/growth", scenario.funding().hnbGrant().growth(), 0));
        out.put(InputPaths.SCHOOLS_BLOCK_GROWTH,
                member("funding/schools_block/growth", scenario.funding().schoolsBlock().growth(), 0));
        for (Workstream ws : scenario.workstreams()) {
            // Persistent delivery: one score for every year (persistence 1), so each year is at the same quantile.
            out.put(InputPaths.delivery(ws.name()), member("workstream/" + ws.name() + "/delivery", ws.delivery(),
                    ws.persistent() ? 1 : 0));
        }
        for (OtherIncome line : scenario.funding().otherIncome()) {
            out.put(InputPaths.otherIncome(line.name()),
                    member("other_income/" + line.name() + "/amount", line.amountGbp(), 0));
        }
        return out;
    }

    private static CorrelatedInputs.Member member(String stream, List<UncertainValue> byYear, double persistence) {
        return new CorrelatedInputs.Member(stream, byYear, persistence);
    }

    /**
     * Prepares the block of trajectories starting at {@code from} (a multiple of
     * {@link RunSettings#BLOCK}): under Latin hypercube sampling, deals the strata of the inputs
     * drawn once per trajectory. Blocks are fixed, so this never depends on the thread count.
     */
    void beginBlock(long from) {
        if (from % RunSettings.BLOCK != 0) {
            throw new IllegalArgumentException("blocks start at multiples of " + RunSettings.BLOCK + ", got " + from);
        }
        blockFrom = from;
        if (sampling != Sampling.LATIN_HYPERCUBE) {
            return;
        }
        long block = from / RunSettings.BLOCK;
        for (EventStream a : approval) {
            a.stratify(seed, block);
        }
        for (EventStream s : slip) {
            s.stratify(seed, block);
        }
        for (EventStream o : openingLate) {
            o.stratify(seed, block);
        }
    }

    void fill(long trajectory, TrajectoryInputs in) {
        if (correlated != null) {
            correlated.draw(seed, trajectory);
        }
        double[] generalRate = in.generalInflation;
        double[] shockYears = in.inflationShock;
        generalInflation.draw(seed, trajectory, generalRate);
        shock.draw(seed, trajectory, shockYears);
        double shockSize = scenario.inflation().shockSize();
        for (int p = 0; p < growth.length; p++) {
            growth[p].draw(seed, trajectory, in.growth[p]);
            double[] inflation = in.inflation[p];
            if (ownInflation[p] != null) {
                ownInflation[p].draw(seed, trajectory, inflation);
            } else {
                System.arraycopy(generalRate, 0, inflation, 0, inflation.length);
            }
            for (int t = 0; t < inflation.length; t++) {
                inflation[t] += shockYears[t] * shockSize;
            }
        }
        grantGrowth.draw(seed, trajectory, in.grantGrowth);
        schoolsBlockGrowth.draw(seed, trajectory, in.schoolsBlockGrowth);
        boolean stratified = sampling == Sampling.LATIN_HYPERCUBE;
        int indexInBlock = (int) (trajectory - blockFrom);
        for (int k = 0; k < approval.length; k++) {
            in.transferApproved[k] = stratified
                    ? approval[k].drawOnceStratified(seed, trajectory, indexInBlock)
                    : approval[k].drawOnce(seed, trajectory);
        }
        for (int w = 0; w < delivery.length; w++) {
            delivery[w].draw(seed, trajectory, in.delivery[w]);
            in.slipped[w] = stratified
                    ? slip[w].drawOnceStratified(seed, trajectory, indexInBlock)
                    : slip[w].drawOnce(seed, trajectory);
        }
        for (int o = 0; o < otherIncome.length; o++) {
            otherIncome[o].draw(seed, trajectory, in.otherIncome[o]);
        }
        for (int p = 0; p < leaving.length; p++) {
            leaving[p].draw(seed, trajectory, in.leaving[p]);
        }
        for (int k = 0; k < openingLate.length; k++) {
            in.openingLate[k] = stratified
                    ? openingLate[k].drawOnceStratified(seed, trajectory, indexInBlock)
                    : openingLate[k].drawOnce(seed, trajectory);
        }
        for (int w = 0; w < deliveryNoise.length; w++) {
            if (deliveryNoise[w] != null) {
                // Yearly noise around the trajectory's persistent delivery; below 0 a workstream would add cost.
                deliveryNoise[w].draw(seed, trajectory, noise);
                double[] d = in.delivery[w];
                for (int t = 0; t < d.length; t++) {
                    d[t] = Math.max(0, d[t] + noise[t]);
                }
            }
        }
        for (int r = 0; r < forumApproves.length; r++) {
            forumApproves[r].draw(seed, trajectory, in.forumApproves[r]);
            ministerApproves[r].draw(seed, trajectory, in.ministerApproves[r]);
        }
    }


    /** Random draws one trajectory consumes: the unit of the benchmark's floor. */
    int drawsPerTrajectory() {
        int years = scenario.years();
        int draws = generalInflation.drawsPerTrajectory() + shock.drawsPer(years)
                + grantGrowth.drawsPerTrajectory() + schoolsBlockGrowth.drawsPerTrajectory();
        for (int p = 0; p < growth.length; p++) {
            draws += growth[p].drawsPerTrajectory() + (ownInflation[p] == null ? 0 : ownInflation[p].drawsPerTrajectory());
        }
        for (EventStream a : approval) {
            draws += a.drawsPer(1);
        }
        for (int w = 0; w < delivery.length; w++) {
            draws += delivery[w].drawsPerTrajectory() + slip[w].drawsPer(1);
        }
        for (YearlyDraw o : otherIncome) {
            draws += o.drawsPerTrajectory();
        }
        for (YearlyDraw l : leaving) {
            draws += l.drawsPerTrajectory();
        }
        for (EventStream o : openingLate) {
            draws += o.drawsPer(1);
        }
        for (YearlyDraw n : deliveryNoise) {
            draws += n == null ? 0 : n.drawsPerTrajectory();
        }
        for (int r = 0; r < forumApproves.length; r++) {
            draws += forumApproves[r].drawsPer(years) + ministerApproves[r].drawsPer(years);
        }
        return draws;
    }
}
