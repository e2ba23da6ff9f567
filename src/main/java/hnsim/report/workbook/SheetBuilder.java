package hnsim.report.workbook;

import hnsim.report.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet row by row: text cells as text, numbers as numbers with a style, and the
 * page set-up every sheet shares (A4, one page wide, header rows repeated on each page).
 */
final class SheetBuilder {
    private final Sheet sheet;
    private final Styles styles;
    private int next;

    SheetBuilder(Workbook workbook, String name, Styles styles) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    Styles styles() {
        return styles;
    }

    /** The 0-based index of the next row to be written. */
    int rowIndex() {
        return next;
    }

    Row row() {
        return sheet.createRow(next++);
    }

    void skip() {
        next++;
    }

    void title(String title, String subtitle) {
        text(row(), 0, title, styles.title);
        if (subtitle != null && !subtitle.isEmpty()) {
            text(row(), 0, subtitle, styles.note);
        }
        skip();
    }

    /**
     * A note across the first {@code columns} columns, wrapped: text left to overflow a single
     * cell would widen the printed page and shrink the whole sheet to fit it.
     */
    void note(String note, int columns, int widthInCharacters) {
        Row row = row();
        Cell cell = row.createCell(0);
        cell.setCellValue(note);
        cell.setCellStyle(styles.wrappedNote);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
        }
        int lines = (int) Math.ceil(note.length() * 1.1 / Math.max(20, widthInCharacters));
        row.setHeightInPoints(Math.max(1, lines) * sheet.getDefaultRowHeightInPoints());
    }

    /** A header row: the one frozen at the top of the sheet and repeated on printed pages. */
    Row header(String... labels) {
        Row row = row();
        for (int c = 0; c < labels.length; c++) {
            text(row, c, labels[c], styles.header);
        }
        return row;
    }

    /**
     * A text cell. Names come from the scenario file, so they are untrusted: one that starts
     * like a formula gets the CSV files' leading {@code '} too, so editing the cell cannot turn
     * it into one.
     */
    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : Csv.neutralise(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A number; NaN (no value) leaves the cell empty rather than writing text. */
    void number(Row row, int column, double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void money(Row row, int column, double pounds) {
        number(row, column, pounds / 1e6, styles.millions);
    }

    /**
     * Freezes the rows above {@code headerRow} and the header itself (and the first
     * {@code columns} columns), sets widths and the print layout: every column on one page
     * width, the header repeated on every printed page.
     */
    void finish(int headerRow, int columns, int[] widthsInCharacters) {
        sheet.createFreezePane(columns, headerRow + 1);
        for (int c = 0; c < widthsInCharacters.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widthsInCharacters[c]) * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        int total = 0;
        for (int w : widthsInCharacters) {
            total += w;
        }
        // Portrait while the columns fit at a readable size; wider tables (ten years) turn the page.
        print.setLandscape(total > 100);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
    }
}
