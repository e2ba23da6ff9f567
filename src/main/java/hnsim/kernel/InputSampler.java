package hnsim.kernel;

import hnsim.model.TrajectoryInputs;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;

/**
 * Draws every uncertain input of one trajectory into a {@link TrajectoryInputs}. Each input
 * has its own named stream, so adding an input to a scenario, or an option dropping one,
 * leaves the other inputs' draws unchanged (common random numbers across options).
 *
 * <p>Not thread-safe: the kernel builds one per worker block.
 */
final class InputSampler {
    private final Scenario scenario;
    private final long seed;
    private final InputStream[] growth;
    private final InputStream[] ownInflation;
    private final InputStream generalInflation;
    private final EventStream shock;
    private final InputStream grantGrowth;
    private final InputStream schoolsBlockGrowth;
    private final EventStream[] approval;
    private final InputStream[] delivery;
    private final EventStream[] slip;
    private final InputStream[] otherIncome;
    private final double[] generalRate;
    private final double[] shockYears;

    InputSampler(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        int types = scenario.placements().size();
        growth = new InputStream[types];
        ownInflation = new InputStream[types];
        for (int p = 0; p < types; p++) {
            Placement placement = scenario.placements().get(p);
            growth[p] = new InputStream("placement/" + placement.name() + "/growth", placement.growth(),
                    placement.persistence());
            if (!placement.followsGeneralInflation()) {
                ownInflation[p] = new InputStream("placement/" + placement.name() + "/inflation",
                        placement.inflation(), 0);
            }
        }
        generalInflation = new InputStream("inflation/rate", scenario.inflation().rate(), 0);
        shock = new EventStream("inflation/shock", scenario.inflation().shock());
        grantGrowth = new InputStream("funding/hnb_grant/growth", scenario.funding().hnbGrant().growth(), 0);
        schoolsBlockGrowth = new InputStream("funding/schools_block/growth",
                scenario.funding().schoolsBlock().growth(), 0);
        approval = new EventStream[scenario.transfers().size()];
        for (int k = 0; k < approval.length; k++) {
            Transfer t = scenario.transfers().get(k);
            approval[k] = new EventStream(t.streamName(), t.approval());
        }
        delivery = new InputStream[scenario.workstreams().size()];
        slip = new EventStream[delivery.length];
        for (int w = 0; w < delivery.length; w++) {
            Workstream ws = scenario.workstreams().get(w);
            delivery[w] = new InputStream("workstream/" + ws.name() + "/delivery", ws.delivery(), 0);
            slip[w] = new EventStream("workstream/" + ws.name() + "/slip", ws.slip());
        }
        otherIncome = new InputStream[scenario.funding().otherIncome().size()];
        for (int o = 0; o < otherIncome.length; o++) {
            OtherIncome line = scenario.funding().otherIncome().get(o);
            otherIncome[o] = new InputStream("other_income/" + line.name() + "/amount", line.amountGbp(), 0);
        }
        generalRate = new double[scenario.years()];
        shockYears = new double[scenario.years()];
    }

    void fill(long trajectory, TrajectoryInputs in) {
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
        for (int k = 0; k < approval.length; k++) {
            in.transferApproved[k] = approval[k].drawOnce(seed, trajectory);
        }
        for (int w = 0; w < delivery.length; w++) {
            delivery[w].draw(seed, trajectory, in.delivery[w]);
            in.slipped[w] = slip[w].drawOnce(seed, trajectory);
        }
        for (int o = 0; o < otherIncome.length; o++) {
            otherIncome[o].draw(seed, trajectory, in.otherIncome[o]);
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
        for (InputStream o : otherIncome) {
            draws += o.drawsPerTrajectory();
        }
        return draws;
    }
}
