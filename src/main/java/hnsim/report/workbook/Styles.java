package hnsim.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's few cell styles, made once per workbook (Excel caps the number of styles, so
 * a style per cell would fail on large runs).
 */
final class Styles {
    /** Money held in millions of pounds, shown as £29.20m; negative in brackets as finance writes it. */
    static final String MILLIONS = "\"£\"#,##0.00\"m\";-\"£\"#,##0.00\"m\"";
    static final String PERCENT = "0.0%";
    static final String COUNT = "#,##0";
    static final String NUMBER = "0.####";

    final CellStyle title;
    final CellStyle note;
    final CellStyle wrappedNote;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle millions;
    final CellStyle millionsBold;
    final CellStyle percent;
    final CellStyle count;
    final CellStyle number;

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setFont(italic);
        wrappedNote = workbook.createCellStyle();
        wrappedNote.setFont(italic);
        wrappedNote.setWrapText(true);
        wrappedNote.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        section = workbook.createCellStyle();
        section.setFont(bold);
        section.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        millions = numeric(workbook, MILLIONS, null);
        millionsBold = numeric(workbook, MILLIONS, bold);
        percent = numeric(workbook, PERCENT, null);
        count = numeric(workbook, COUNT, null);
        number = numeric(workbook, NUMBER, null);
    }

    private static CellStyle numeric(Workbook workbook, String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }
}
