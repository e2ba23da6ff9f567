package hnsim.report;

/** CSV cell quoting (RFC 4180): quotes a cell holding a comma, quote or line break. */
final class Csv {
    private Csv() {
    }

    static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
