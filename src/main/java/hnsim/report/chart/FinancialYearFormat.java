package hnsim.report.chart;

import hnsim.scenario.FinancialYear;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Labels a year axis whose values are the start years of financial years (2021 for 2021/22),
 * so the charts can use a plain numeric axis and still read "2021/22". Non-integer positions
 * (the small offsets of the options chart) get no label.
 */
final class FinancialYearFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number == Math.rint(number)) {
            return format((long) number, toAppendTo, pos);
        }
        return toAppendTo;
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number >= 1900 && number <= 2200) {
            toAppendTo.append(new FinancialYear((int) number));
        }
        return toAppendTo;
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("financial-year labels are for display only");
    }
}
