package ua.cooperation.portal.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one place that decides how text goes into an exported CSV or XLSX cell so that no spreadsheet program runs it
 * as a formula ("CSV injection", OWASP; docs/adr/0037-spreadsheet-formulas-in-exports.md). A name, note or user name
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is what Excel, LibreOffice
 * and Google Sheets take for a formula (or a DDE call) when they open the file, and such text is typed by officers,
 * by liaisons (completion notes) and by anyone at all (the user name of a failed sign-in).
 * <ul>
 *   <li>CSV has no cell types: such text gets a leading apostrophe ({@code '=1+2}), as OWASP recommends; the
 *       spreadsheet shows it as text and it stays readable. Quoting and escaping stay Commons CSV's.</li>
 *   <li>XLSX: a string cell is never evaluated when the file opens, but editing it would make Excel parse it; it gets
 *       a quote-prefixed style, so that it stays text and shows {@code =1+2} with no apostrophe in the value.</li>
 * </ul>
 * Numbers written as numbers (-5) stay numbers; only text is treated.
 */
public final class SpreadsheetText {

    /** The first characters with which a spreadsheet program starts a formula or a DDE call (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char TEXT_PREFIX = '\'';

    private SpreadsheetText() {
    }

    /**
     * Whether a spreadsheet program would read {@code text} as a formula, also after apostrophes that a CSV export
     * put before it: {@code '=1} gets one more, so that an import that strips one apostrophe before these characters
     * (issue 23) gives back exactly what was stored.
     */
    static boolean needsTextPrefix(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == TEXT_PREFIX) {
            start++;
        }
        return startsLikeFormula(text, start);
    }

    /** Whether the character at {@code index} is one that starts a formula. */
    private static boolean startsLikeFormula(String text, int index) {
        return index < text.length() && FORMULA_STARTS.indexOf(text.charAt(index)) >= 0;
    }

    /**
     * What a CSV export writes for a value: numbers as they are, everything else as text with an apostrophe before it
     * when a spreadsheet would take it for a formula; {@code null} stays {@code null} (an empty cell).
     */
    public static Object forCsv(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        var text = value.toString();
        return needsTextPrefix(text) ? TEXT_PREFIX + text : text;
    }

    /** The style of an XLSX text cell that must not be read as a formula; made once per workbook. */
    public static CellStyle quotePrefixedStyle(Workbook workbook) {
        var style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }

    /**
     * Writes {@code text} into an XLSX cell as a string (never {@code setCellFormula}); text that a spreadsheet would
     * take for a formula gets {@code quotePrefixed} (see {@link #quotePrefixedStyle}), other text {@code style}
     * ({@code null}: the cell's default).
     */
    public static void setText(Cell cell, String text, CellStyle style, CellStyle quotePrefixed) {
        cell.setCellValue(text);
        // the value itself keeps no apostrophe: a string cell holds exactly what was stored
        if (startsLikeFormula(text, 0)) {
            cell.setCellStyle(quotePrefixed);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
