package hnsim.scenario;

/**
 * A schools-block transfer into the High Needs Block proposed for one year: a share of that
 * year's Schools Block ({@code rate}) or a fixed amount, which happens only if approved by
 * the Schools Forum or the Secretary of State.
 *
 * @param yearIndex 0 for the first modelled year
 * @param rate share of the Schools Block, or NaN when {@code amountGbp} is given
 * @param amountGbp fixed amount, or NaN when {@code rate} is given
 * @param streamName the name of the random stream of its approval, shared by every option
 *     proposing a transfer in the same year so option differences are paired
 */
public record Transfer(int yearIndex, double rate, double amountGbp, Chance approval, String streamName) {
    public double amountFor(double schoolsBlockGbp) {
        return Double.isNaN(rate) ? amountGbp : rate * schoolsBlockGbp;
    }
}
