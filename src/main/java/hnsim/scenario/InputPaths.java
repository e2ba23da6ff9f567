package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a scenario's uncertain inputs, as a scenario file refers to its yearly ones (in a
 * {@code correlation} block) and as sensitivity analyses name every input (events included):
 * the key path of the value in the file, with placement types,
 * workstreams and income lines by name, e.g. {@code placements.special_school.growth} or
 * {@code workstreams.Inclusion.delivery}. The kernel uses the same names to find them.
 */
public final class InputPaths {
    public static final String GENERAL_INFLATION = "inflation.rate";
    public static final String GRANT_GROWTH = "funding.hnb_grant.growth";
    public static final String SCHOOLS_BLOCK_GROWTH = "funding.schools_block.growth";
    /** The yearly inflation shock event. */
    public static final String INFLATION_SHOCK = "inflation.shock";

    private InputPaths() {
    }

    public static String growth(String placementType) {
        return "placements." + placementType + ".growth";
    }

    /** A placement type's own unit-cost inflation (types that follow general inflation have none). */
    public static String inflation(String placementType) {
        return "placements." + placementType + ".inflation";
    }

    /** A workstream's delivery fraction, by its id (e.g. {@code workstreams.inclusion.delivery}). */
    public static String delivery(String workstreamId) {
        return "workstreams." + workstreamId + ".delivery";
    }

    /** A workstream's slip event, by its id. */
    public static String slip(String workstreamId) {
        return "workstreams." + workstreamId + ".slip";
    }

    /** The yearly noise around a workstream's persistent delivery fraction, by its id. */
    public static String deliveryNoise(String workstreamId) {
        return "workstreams." + workstreamId + ".delivery_noise";
    }

    /** The approval event of the transfer at position {@code index} (0-based) of the scenario's list. */
    public static String approval(int index) {
        return "transfers." + index + ".approval";
    }

    public static String otherIncome(String line) {
        return "funding.other_income." + line + ".amount";
    }

    /** Every input that can be correlated, by name in file order, with its values by year. */
    public static Map<String, List<UncertainValue>> yearly(List<Placement> placements, Inflation inflation, Funding funding,
                                                    List<Workstream> workstreams) {
        Map<String, List<UncertainValue>> out = new LinkedHashMap<>();
        for (Placement p : placements) {
            out.put(growth(p.name()), p.growth());
            if (!p.followsGeneralInflation()) {
                out.put(inflation(p.name()), p.inflation());
            }
        }
        out.put(GENERAL_INFLATION, inflation.rate());
        out.put(GRANT_GROWTH, funding.hnbGrant().growth());
        out.put(SCHOOLS_BLOCK_GROWTH, funding.schoolsBlock().growth());
        for (OtherIncome line : funding.otherIncome()) {
            out.put(otherIncome(line.name()), line.amountGbp());
        }
        for (Workstream w : workstreams) {
            out.put(delivery(w.id()), w.delivery());
        }
        return out;
    }
}
