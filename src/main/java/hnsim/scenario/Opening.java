package hnsim.scenario;

/**
 * Places of a capacity programme opening in one term of one year (a new school, a resource
 * base, an expansion). A September opening counts 7/12 of its financial year (September to
 * March), a January one 3/12, an April one the whole year. The opening may be late by
 * {@code delayYears} with the chance {@code delay}.
 *
 * @param type the placement type whose capacity the places add to
 * @param yearIndex 0 for the first modelled year
 * @param firstYearShare share of the opening year the places are open (7/12 for September)
 * @param streamName the random stream of its delay, shared by every option
 */
public record Opening(String name, String type, double places, int yearIndex, double firstYearShare, Chance delay,
                      int delayYears, String streamName) {

    /** The share of year {@code year} the places are open, when they open {@code late} years late. */
    public double openShare(int year, int late) {
        int opens = yearIndex + late;
        if (year < opens) {
            return 0;
        }
        return year == opens ? firstYearShare : 1;
    }
}
