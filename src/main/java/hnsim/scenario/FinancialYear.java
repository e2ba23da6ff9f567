package hnsim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An English financial year, April to March, written {@code 2021/22}; stored by its start year. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2200) {
            throw new IllegalArgumentException("year " + startYear + " is outside 1900 to 2200");
        }
    }

    public static FinancialYear parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a financial year such as 2021/22, got '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && endYear < start) {
            endYear += 100;
        }
        if (endYear != start + 1) {
            throw new IllegalArgumentException("a financial year runs April to March of the next year, so '"
                    + text.trim() + "' should be " + start + "/" + String.format("%02d", (start + 1) % 100));
        }
        return new FinancialYear(start);
    }

    public FinancialYear plus(int years) {
        return new FinancialYear(startYear + years);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
