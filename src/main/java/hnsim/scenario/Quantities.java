package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the way finance people write numbers: money as {@code 81.96m}, {@code 250k},
 * {@code £2,000,000} or {@code 1.2bn}; rates and probabilities as {@code 0.5%} or
 * {@code 0.005}; counts as {@code 1,900}. Each method returns the value or throws
 * {@link IllegalArgumentException} with a message saying what was expected.
 */
public final class Quantities {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern MONEY = Pattern.compile(
            "(?<sign>[+-]?)\\s*£?\\s*(?<number>[0-9.,eE+-]+)\\s*(?<suffix>k|m|bn|b)?", Pattern.CASE_INSENSITIVE);

    /** The written forms above as ECMA-262 patterns for the JSON Schema (kept here, beside the parsers). */
    private static final String DIGITS = "(?=\\.?\\d)(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?";
    static final String MONEY_PATTERN = "^\\s*[+-]?\\s*£?\\s*" + DIGITS + "\\s*([kKmM]|[bB][nN]?)?\\s*$";
    static final String RATE_PATTERN = "^\\s*[+-]?" + DIGITS + "\\s*%?\\s*$";
    static final String COUNT_PATTERN = "^\\s*\\+?(\\d{1,3}(,\\d{3})+|\\d+)\\s*$";
    static final String NUMBER_PATTERN = "^\\s*[+-]?" + DIGITS + "\\s*$";

    private Quantities() {
    }

    /** The JSON Schema of a value of this unit: a number, or text in the unit's written form. */
    static com.fasterxml.jackson.databind.node.ObjectNode jsonSchema(Unit unit) {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        var number = json.objectNode().put("type", unit == Unit.COUNT ? "integer" : "number");
        String pattern = switch (unit) {
            case MONEY -> MONEY_PATTERN;
            case RATE, PROBABILITY -> RATE_PATTERN;
            case COUNT -> COUNT_PATTERN;
            case NUMBER -> NUMBER_PATTERN;
        };
        if (unit == Unit.PROBABILITY) {
            number.put("minimum", 0).put("maximum", 1);
        } else if (unit == Unit.COUNT) {
            number.put("minimum", 0);
        }
        var text = json.objectNode().put("type", "string").put("pattern", pattern);
        var node = JsonSchemaWriter.anyOf(number, text);
        node.put("description", switch (unit) {
            case MONEY -> "an amount in pounds: 81.96m, 250k, 1.2bn, £2,000,000 or a plain number";
            case RATE -> "a rate: 0.5% or 0.005";
            case PROBABILITY -> "a probability: 30% or 0.3";
            case COUNT -> "a whole number: 1900 or 1,900";
            case NUMBER -> "a number";
        });
        return node;
    }

    /** Parses a value of the given unit. */
    public static double parse(String text, Unit unit) {
        return switch (unit) {
            case MONEY -> money(text);
            case RATE -> rate(text);
            case PROBABILITY -> probability(text);
            case COUNT -> count(text);
            case NUMBER -> number(text);
        };
    }

    private static final Pattern NOT_FINITE = Pattern.compile(
            "[+-]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    public static double number(String text) {
        String t = text.trim();
        if (NOT_FINITE.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a usable number; give a finite number");
        }
        if (t.isEmpty() || !NUMBER.matcher(t).matches() || t.equals("+") || t.equals("-") || t.equals(".")) {
            throw new IllegalArgumentException("expected a number, got '" + text + "'");
        }
        double value = Double.parseDouble(t.replace(",", ""));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number '" + t + "' is too large to use");
        }
        return value;
    }

    public static double money(String text) {
        if (NOT_FINITE.matcher(text.trim()).matches()) {
            number(text);
        }
        Matcher m = MONEY.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an amount of money such as 81.96m, 250k or £2,000,000, got '"
                    + text + "'");
        }
        double value;
        try {
            value = number(m.group("number"));
        } catch (IllegalArgumentException e) {
            throw specific(e, "expected an amount of money such as 81.96m, 250k or £2,000,000, got '" + text + "'");
        }
        String suffix = m.group("suffix") == null ? "" : m.group("suffix").toLowerCase(Locale.ROOT);
        double scale = switch (suffix) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b", "bn" -> 1e9;
            default -> 1;
        };
        double result = value * scale * ("-".equals(m.group("sign")) ? -1 : 1);
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException("the amount '" + text + "' is too large");
        }
        return result;
    }

    /** A rate: {@code 0.5%} is 0.005; a bare number is taken as a fraction. */
    public static double rate(String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            try {
                return number(t.substring(0, t.length() - 1)) / 100;
            } catch (IllegalArgumentException e) {
                throw specific(e, "expected a rate such as 0.5% or 0.005, got '" + text + "'");
            }
        }
        try {
            return number(t);
        } catch (IllegalArgumentException e) {
            throw specific(e, "expected a rate such as 0.5% or 0.005, got '" + text + "'");
        }
    }

    public static double probability(String text) {
        double p;
        try {
            p = rate(text);
        } catch (IllegalArgumentException e) {
            throw specific(e, "expected a probability such as 30% or 0.3, got '" + text + "'");
        }
        if (p < 0 || p > 1) {
            String hint = !text.trim().endsWith("%") && p > 1 && p <= 100 ? "; did you mean " + text.trim() + "%?" : "";
            throw new IllegalArgumentException("a probability must be between 0 and 1 (0% and 100%), got '"
                    + text.trim() + "'" + hint);
        }
        return p;
    }

    public static double count(String text) {
        double value;
        try {
            value = number(text);
        } catch (IllegalArgumentException e) {
            throw specific(e, "expected a whole number such as 1900 or 1,900, got '" + text + "'");
        }
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative, got '" + text.trim() + "'");
        }
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("expected a whole number, got '" + text.trim() + "'");
        }
        return value;
    }

    /** Keeps a precise message (too large, not finite) and replaces the generic "expected a number". */
    private static IllegalArgumentException specific(IllegalArgumentException e, String generic) {
        return e.getMessage().startsWith("expected a number") ? new IllegalArgumentException(generic) : e;
    }
}
