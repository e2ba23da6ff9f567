package hnsim.scenario;

import java.util.List;

/**
 * A policy rule of a scenario's {@code rules:} list: a decision that depends on how the
 * trajectory turns out (a transfer requested only when the deficit is bad, Safety Valve
 * payments only while the agreed path is kept) or that changes who carries the deficit. The
 * kinds are closed: the model handles each one.
 */
public sealed interface Rule {
    /** The extra metrics this rule reports (none, or one of {@code MetricLayout}'s rule metrics). */
    List<String> metrics();

    /**
     * Requests {@code rate} of the Schools Block for year t+1 when {@code metric} of year t is
     * above {@code threshold}. The Schools Forum approves with {@code forumApproval}; if it
     * refuses (or the rate is above {@code forumLimit}, where only the Secretary of State may
     * approve) the Secretary of State route, when given, approves with {@code secretaryOfState}.
     *
     * @param fromYear first year (index) a transfer may be paid in
     * @param secretaryOfState chance of approval by the Secretary of State, or null for no such route
     * @param forumLimit largest rate the Forum may approve (NaN: no limit)
     * @param streamName prefix of the streams of its approval draws
     */
    record ConditionalTransfer(String metric, double threshold, double rate, int fromYear, Chance forumApproval,
                               Chance secretaryOfState, double forumLimit, String streamName) implements Rule {
        public static final List<String> METRICS = List.of("in_year_deficit", "cumulative_deficit");

        @Override
        public List<String> metrics() {
            return List.of();
        }

        public boolean onlySecretaryOfState() {
            return !Double.isNaN(forumLimit) && rate > forumLimit;
        }
    }

    /**
     * A Safety Valve agreement: from {@code fromYear}, DfE pays {@code paymentsGbp[k]} in the
     * k-th year of the agreement if the in-year deficit is at or under {@code pathGbp[k]}. A
     * missed year withholds that year's payment, or every later one too when
     * {@code withholdRest}. Payments are applied to the cumulative deficit.
     */
    record SafetyValve(int fromYear, List<Double> pathGbp, List<Double> paymentsGbp, boolean withholdRest)
            implements Rule {
        public SafetyValve {
            pathGbp = List.copyOf(pathGbp);
            paymentsGbp = List.copyOf(paymentsGbp);
        }

        @Override
        public List<String> metrics() {
            return List.of("safety_valve_income");
        }
    }

    /** A grant into the High Needs Block in some years (e.g. Delivering Better Value's £40,000). */
    record Grant(String name, double amountGbp, List<Integer> years) implements Rule {
        public Grant {
            years = List.copyOf(years);
        }

        @Override
        public List<String> metrics() {
            return List.of("grant_income");
        }
    }

    /**
     * The statutory override ends: from {@code fromYear} the cumulative DSG deficit must be met
     * from the council's general fund, reported as {@code general_fund_exposure}.
     */
    record OverrideEnd(int fromYear) implements Rule {
        @Override
        public List<String> metrics() {
            return List.of("general_fund_exposure");
        }
    }

    /**
     * A write-off of {@code share} of the cumulative deficit in {@code year}, only if no Safety
     * Valve year has been missed when {@code ifSafetyValveKept}.
     */
    record WriteOff(int year, double share, boolean ifSafetyValveKept) implements Rule {
        @Override
        public List<String> metrics() {
            return List.of("written_off");
        }
    }
}
