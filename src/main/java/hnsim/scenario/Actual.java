package hnsim.scenario;

/**
 * A reported outturn: the value a metric actually took in a year (money in pounds, placements
 * in pupils), where that figure comes from, and where the file states it, so the forecast can
 * be checked against what happened.
 *
 * @param yearIndex 0 for the first modelled year
 * @param source the claim's label and origin, e.g. "reported: Schools Forum minutes, July 2022"
 */
public record Actual(String metric, FinancialYear year, int yearIndex, double value, String source,
                     Location location) {
}
