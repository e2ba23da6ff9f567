package hnsim.report;

import java.util.List;

/**
 * Writes CSV cells, the one place every CSV of a run goes through. Text cells (option,
 * workstream and input names come from the scenario file, so they are untrusted) are
 * neutralised against formula injection by OWASP's rule: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} so
 * a spreadsheet shows it as text instead of running it. Then cells are quoted (RFC 4180)
 * when they hold a comma, quote or line break. Numbers are written as they are: {@code -2.5}
 * must stay a number.
 */
public final class Csv {
    private Csv() {
    }

    /** A text cell, neutralised and quoted. */
    public static String text(String cell) {
        return quote(neutralise(cell));
    }

    /** One line of cells already made by {@link #text} (numbers as they are), without the line break. */
    public static String line(List<String> cells) {
        return String.join(",", cells);
    }

    /**
     * Prefixes {@code '} to a cell a spreadsheet would read as a formula; public so that a
     * workbook's text cells follow the same rule.
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
