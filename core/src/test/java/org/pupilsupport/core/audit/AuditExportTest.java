package org.pupilsupport.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditExportTest {

    @Test
    void cellsAreQuotedWithQuotesDoubled() {
        assertEquals("\"said \"\"hello\"\"\"", AuditExport.csvCell("said \"hello\""));
        assertEquals("\"line one\nline two\"", AuditExport.csvCell("line one\nline two"));
        assertEquals("", AuditExport.csvCell(null));
        assertEquals("\"\"", AuditExport.csvCell(""));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDisarmed() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditExport.csvCell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", AuditExport.csvCell("+1"));
        assertEquals("\"'-1\"", AuditExport.csvCell("-1"));
        assertEquals("\"'@SUM(A1)\"", AuditExport.csvCell("@SUM(A1)"));
        assertEquals("\"a=b\"", AuditExport.csvCell("a=b"), "only a leading character matters");
    }
}
