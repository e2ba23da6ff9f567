package hnsim.decision;

/**
 * The outcome of a goal seek: the value of the parameter that holds the target, its 95% Monte
 * Carlo interval, and what the target statistic is at that value.
 *
 * @param valueText the value as written into the scenario (e.g. {@code 1.2345%}): a plain run
 *     with {@code --set parameter=valueText} meets the target exactly
 * @param valueShown the value for people, e.g. {@code 1.2345%}
 * @param reachable false when no value in the range meets the target; {@code value} is then the best one
 * @param monotone false when the estimate was seen to rise and fall within the range
 * @param intervalMethod how the interval was found, in words
 */
public record Solution(String parameter, double value, String valueText, String valueShown, double ciLow, double ciHigh,
                       String ciLowText, String ciHighText, Target target, double achieved, boolean reachable, boolean monotone, String intervalMethod,
                       int evaluations) {
}
