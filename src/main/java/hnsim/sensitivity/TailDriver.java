package hnsim.sensitivity;

/**
 * How over-represented one input's high values are among the tail trajectories of an output.
 *
 * @param tailMeanPercentile the input's mean percentile rank (0-100, mid-ranks for ties) among
 *        the tail trajectories; 50 when the input is unrelated to the tail, above 50 when high
 *        values of the input lead there
 * @param topDecileLift how many times more often than chance a tail trajectory has the input in
 *        its top decile (1 = as often as chance; NaN when the input has no top decile of its own,
 *        as with a yes/no input)
 */
public record TailDriver(String input, double tailMeanPercentile, double topDecileLift) {

    /** Distance from "unrelated", the order in which tail drivers are listed. */
    public double strength() {
        return Math.abs(tailMeanPercentile - 50);
    }
}
