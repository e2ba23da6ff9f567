package hnsim.model;

import hnsim.scenario.Flows;
import hnsim.scenario.Opening;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;

/**
 * Places the year's pupils by type. Capacity is the type's own places plus the programme
 * openings that are open (a late opening counts from its delayed year).
 *
 * <p>Without flows (today's meaning): demand for each type grows by its growth rate and, where
 * a type has a capacity, the demand above it is placed in its overflow type, afresh each year.
 *
 * <p>With flows: each type's pupils are last year's less its leavers; joiners (new plans,
 * growing by the type's growth rate) are admitted up to the vacancies, the rest go to the
 * overflow type and stay there; step-down moves then fill what vacancies are left. New places
 * are therefore filled by new demand first.
 */
final class DemandStep implements ModelStep {
    private final int types;
    private final int[] overflow;
    private final double[][] ownCapacity;
    private final Opening[] openings;
    private final int[] openingType;
    private final boolean flows;
    private final int[] moveFrom;
    private final int[] moveTo;
    private final double[] moveRate;
    private final int placementsMetric;
    private final int[] typeMetric;

    DemandStep(Scenario scenario, MetricLayout layout) {
        types = scenario.placements().size();
        overflow = new int[types];
        ownCapacity = new double[types][];
        typeMetric = new int[types];
        for (int p = 0; p < types; p++) {
            Placement placement = scenario.placements().get(p);
            overflow[p] = placement.overflow() == null ? -1 : scenario.placementIndex(placement.overflow());
            if (placement.capacityPupils() != null) {
                ownCapacity[p] = placement.capacityPupils().stream().mapToDouble(Double::doubleValue).toArray();
            }
            typeMetric[p] = layout.indexOf(MetricLayout.placements(placement.name()));
        }
        openings = scenario.programme().toArray(Opening[]::new);
        openingType = new int[openings.length];
        for (int k = 0; k < openings.length; k++) {
            openingType[k] = scenario.placementIndex(openings[k].type());
        }
        flows = scenario.hasFlows();
        int moves = flows ? scenario.flows().stepDowns().size() : 0;
        moveFrom = new int[moves];
        moveTo = new int[moves];
        moveRate = new double[moves];
        for (int m = 0; m < moves; m++) {
            Flows.StepDown move = scenario.flows().stepDowns().get(m);
            moveFrom[m] = scenario.placementIndex(move.from());
            moveTo[m] = scenario.placementIndex(move.to());
            moveRate[m] = move.rate();
        }
        placementsMetric = Metric.PLACEMENTS.ordinal();
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        capacity(year, s, in);
        if (flows) {
            flow(year, s, in);
        } else {
            grow(year, s, in);
        }
        double total = 0;
        for (int p = 0; p < types; p++) {
            total += s.pupils[p];
            row[typeMetric[p]] = s.pupils[p];
        }
        row[placementsMetric] = total;
    }

    /** The year's places by type: own capacity plus open programme places (NaN: no limit). */
    private void capacity(int year, TrajectoryState s, TrajectoryInputs in) {
        for (int p = 0; p < types; p++) {
            s.capacity[p] = ownCapacity[p] == null ? Double.NaN : ownCapacity[p][year];
        }
        for (int k = 0; k < openings.length; k++) {
            Opening o = openings[k];
            double late = in.openingLate[k];
            // late is 0 or 1 in a trajectory; in the deterministic path it is the planned chance.
            double open = (1 - late) * o.openShare(year, 0) + late * o.openShare(year, o.delayYears());
            s.capacity[openingType[k]] += o.places() * open;
        }
    }

    private void grow(int year, TrajectoryState s, TrajectoryInputs in) {
        for (int p = 0; p < types; p++) {
            s.demandPupils[p] *= 1 + in.growth[p][year];
            s.pupils[p] = s.demandPupils[p];
        }
        for (int p = 0; p < types; p++) {
            double cap = s.capacity[p];
            if (!Double.isNaN(cap) && s.demandPupils[p] > cap) {
                double excess = s.demandPupils[p] - cap;
                s.pupils[p] -= excess;
                s.pupils[overflow[p]] += excess;
            }
        }
    }

    private void flow(int year, TrajectoryState s, TrajectoryInputs in) {
        for (int p = 0; p < types; p++) {
            s.pupils[p] -= in.leaving[p][year] * s.pupils[p];
            s.joiners[p] *= 1 + in.growth[p][year];
        }
        for (int p = 0; p < types; p++) {
            double cap = s.capacity[p];
            double admitted = s.joiners[p];
            if (!Double.isNaN(cap)) {
                admitted = Math.min(admitted, Math.max(0, cap - s.pupils[p]));
                s.pupils[overflow[p]] += s.joiners[p] - admitted;
            }
            s.pupils[p] += admitted;
        }
        for (int m = 0; m < moveFrom.length; m++) {
            double moved = moveRate[m] * s.pupils[moveFrom[m]];
            double cap = s.capacity[moveTo[m]];
            if (!Double.isNaN(cap)) {
                moved = Math.min(moved, Math.max(0, cap - s.pupils[moveTo[m]]));
            }
            s.pupils[moveFrom[m]] -= moved;
            s.pupils[moveTo[m]] += moved;
        }
    }
}
