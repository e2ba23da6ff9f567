package hnsim.report.workbook;

import java.lang.reflect.RecordComponent;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Run": the manifest, field by field (a field added to the manifest appears without a change
 * here), so the workbook can be traced to the scenario bytes, seed and trajectories that made it.
 */
final class RunSheet {
    static final String NAME = "Run";

    private RunSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        sheet.title("Run: what produced this workbook", content.result().scenarioFile().base().name());
        int headerRow = sheet.rowIndex();
        sheet.header("Field", "Value");
        Record manifest = content.manifest();
        for (RecordComponent c : manifest.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(manifest);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read manifest field " + c.getName(), e);
            }
            Row row = sheet.row();
            sheet.text(row, 0, c.getName(), null);
            if (value instanceof Number n && !(value instanceof Double d && !Double.isFinite(d))) {
                sheet.number(row, 1, n.doubleValue(), sheet.styles().number);
            } else if (value instanceof String text && text.matches("[0-9]+")) {
                // A bare number such as the Java version "17" is stored as the number it reads as.
                sheet.number(row, 1, Double.parseDouble(text), sheet.styles().number);
            } else {
                sheet.text(row, 1, value == null ? "" : value.toString(), sheet.styles().text);
            }
        }
        sheet.finish(headerRow, 0, new int[] {20, 90});
    }
}
