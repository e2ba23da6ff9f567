package hnsim.cli;

import hnsim.scenario.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Amounts and rates typed on the command line, read exactly as the scenario file reads them
 * ({@link Quantities}): {@code 75m}, {@code £75,000,000}, {@code 75000000}, {@code 2.5k},
 * {@code 0.5%}. A list is the option repeated, or amounts separated by {@code ;} or spaces;
 * a comma is never a separator, because {@code 75,000,000} is one amount.
 *
 * <p>The nested converters plug into picocli ({@code @Option(converter = Amounts.Money.class)})
 * so every option that takes money or a rate parses it the same way. Their messages name the
 * value and what was expected; picocli prefixes the option name and the command exits 2.
 */
public final class Amounts {
    /** Separators of a list of amounts in one argument: {@code ;} or white space, never a comma. */
    public static final String LIST_SEPARATORS = "[;\\s]+";
    /** Below this an amount where millions are meant (a threshold, a precision) is a slip. */
    public static final double SMALLEST_PLAUSIBLE = 1_000;

    private static final Pattern SEPARATORS = Pattern.compile(LIST_SEPARATORS);

    private Amounts() {
    }

    /** An amount of money in pounds; throws {@link IllegalArgumentException} saying what was expected. */
    public static double money(String text) {
        try {
            return Quantities.money(text);
        } catch (IllegalArgumentException e) {
            if (text.contains(",")) {
                throw new IllegalArgumentException("'" + text.strip() + "' is not one amount: a comma only groups "
                        + "thousands (75,000,000); separate amounts with ';' or spaces ('50m;99m') or repeat the option");
            }
            throw e;
        }
    }

    /**
     * An amount where anything under £1,000 is a slip for millions (a threshold of £75 or a
     * precision of 25p): refused with the amount it probably meant. Zero is allowed.
     */
    public static double plausibleMoney(String text) {
        double value = money(text);
        if (value != 0 && Math.abs(value) < SMALLEST_PLAUSIBLE) {
            throw new IllegalArgumentException("'" + text.strip() + "' is £" + plain(Math.abs(value))
                    + "; amounts are in pounds and anything under £1,000 is implausible here: did you mean "
                    + meant(text) + "?");
        }
        return value;
    }

    /** A rate: {@code 0.5%} or {@code 0.005}. */
    public static double rate(String text) {
        return Quantities.rate(text);
    }

    /** The amounts of one argument: {@code "50m;99m"}, {@code "50m 99m"} or one amount. */
    public static List<Double> moneyList(String text) {
        return list(text, Amounts::money);
    }

    /** As {@link #moneyList}, each amount checked by {@link #plausibleMoney}. */
    public static List<Double> plausibleMoneyList(String text) {
        return list(text, Amounts::plausibleMoney);
    }

    private static List<Double> list(String text, java.util.function.ToDoubleFunction<String> each) {
        List<Double> out = new ArrayList<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isEmpty()) {
                out.add(each.applyAsDouble(part));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("expected an amount such as 50m, got nothing");
        }
        return out;
    }

    /** What a too-small amount probably meant: the same digits in millions (0.25 to 0.25m). */
    private static String meant(String text) {
        String t = text.strip().replace("£", "");
        String digits = t.replaceAll("(?i)(k|m|bn|b)$", "").strip();
        return digits + "m";
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,.0f", value)
                : String.format(Locale.UK, "%,.2f", value);
    }

    /** Converts one argument to an amount of money (any size). */
    public static final class Money implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return convertWith(value, Amounts::money);
        }
    }

    /** Converts one argument to an amount of money of at least £1,000 (or zero). */
    public static final class PlausibleMoney implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return convertWith(value, Amounts::plausibleMoney);
        }
    }

    /** Converts one argument to a rate. */
    public static final class Rate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return convertWith(value, Amounts::rate);
        }
    }

    /**
     * Converts one argument to a list of plausible amounts; for an option of type
     * {@code List<List<Double>>} or with {@code split = Amounts.LIST_SEPARATORS} and the
     * {@link PlausibleMoney} element converter.
     */
    public static final class MoneyList implements ITypeConverter<List<Double>> {
        @Override
        public List<Double> convert(String value) {
            try {
                return plausibleMoneyList(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static Double convertWith(String value, java.util.function.ToDoubleFunction<String> parse) {
        try {
            return parse.applyAsDouble(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
