package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.Optional;

/**
 * Limits and warnings on single values. A limit refuses a value no High Needs budget can have
 * (and that could overflow the arithmetic of a run); a warning flags a legal value that is
 * most often a slip of the keyboard, such as a rate of {@code 5} meaning 500%.
 */
final class Plausibility {
    static final double MAX_MONEY_GBP = 1e12;
    static final double MAX_PUPILS = 10_000_000;
    static final double MAX_RATE = 100;
    static final double MAX_NUMBER = 1e6;

    private Plausibility() {
    }

    /** An error message when the value is beyond any plausible scenario, else null. */
    static String limit(Unit unit, double value) {
        return switch (unit) {
            case MONEY -> Math.abs(value) > MAX_MONEY_GBP
                    ? "an amount of " + Unit.MONEY.format(value) + " is more than £1,000bn; amounts are in pounds (81.96m is £81.96 million)"
                    : null;
            case COUNT -> value > MAX_PUPILS ? "a count of " + Unit.COUNT.format(value)
                    + " is more than 10 million; England has about 9 million pupils" : null;
            case RATE -> Math.abs(value) > MAX_RATE ? "a rate of " + Unit.RATE.format(value)
                    + " is beyond any yearly change; write five per cent as 5% or 0.05" : null;
            case NUMBER -> Math.abs(value) > MAX_NUMBER ? "the number " + value + " is too large (at most 1,000,000)" : null;
            case PROBABILITY -> null;
        };
    }

    /** A warning for a legal but suspicious value as written. */
    static Optional<String> warning(Unit unit, double value, String text) {
        String t = text.trim();
        if (unit == Unit.RATE && !t.endsWith("%") && Math.abs(value) >= 1) {
            return Optional.of("the rate " + t + " means " + Unit.RATE.format(value) + "; write " + t
                    + "% if " + t + " per cent was meant");
        }
        if (unit == Unit.MONEY && value > 0 && value < 1000 && !t.matches("(?i).*\\d\\s*(k|m|bn|b)")) {
            String bare = t.replace("£", "");
            return Optional.of("an amount of " + Unit.MONEY.format(value) + " is very small; amounts are in pounds:"
                    + " write " + bare + "k for thousands or " + bare + "m for millions");
        }
        return Optional.empty();
    }
}
