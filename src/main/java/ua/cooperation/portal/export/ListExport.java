package ua.cooperation.portal.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.export.ListExporter;
import ua.cooperation.portal.security.CurrentUser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Writes what a list shows to CSV or XLSX, page by page straight into the response, so that memory stays flat however
 * long the list is: the rows come from the list's own scoped service call (a liaison's export holds exactly what the
 * liaison's list holds), XLSX through POI's streaming workbook, which keeps only a window of rows in memory. Every
 * text cell goes through {@link SpreadsheetText}, so that no spreadsheet program runs an exported name or note as a
 * formula (ADR 0037). Every export is written to the security log.
 */
@Service
public class ListExport implements ListExporter {

    static final int PAGE_SIZE = 1000;
    /** Rows read per batch; lowered by tests to put equal sort keys across a batch boundary. */
    private int pageSize = PAGE_SIZE;
    /** Rows of an XLSX sheet kept in memory; the rest is flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortalTime time;

    ListExport(SecurityAuditLog auditLog, CurrentUser currentUser, PortalTime time) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.time = time;
    }

    @Override
    public String fileName(String name, ExportFormat format) {
        return name + "-" + time.today() + "." + format.extension();
    }

    /**
     * Writes every row that {@code rows} returns, page by page by offset until a short page (see
     * {@link ExportRows#byOffset}: for small lists only), as {@code format}; calls {@code progress} with the number of
     * rows written after each page. {@code what} names the list in the log.
     *
     * @return the number of rows written
     */
    @PreAuthorize("isAuthenticated()")
    public <T> long write(String what, ExportFormat format, List<ExportColumn<T>> columns,
                          Function<Pageable, List<T>> rows, OutputStream out, LongConsumer progress)
            throws IOException {
        return writeRows(what, format, columns, ExportRows.byOffset(rows), out, progress);
    }

    /**
     * Writes every row of {@code rows}, batch by batch in list order, as {@code format}; calls {@code progress} with
     * the number of rows written after each batch. {@code what} names the list in the log.
     *
     * @return the number of rows written
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    public <T> long writeRows(String what, ExportFormat format, List<ExportColumn<T>> columns, ExportRows<T> rows,
                              OutputStream out, LongConsumer progress) throws IOException {
        var batches = rows.batches(pageSize);
        long count = switch (format) {
            case CSV -> writeCsv(columns, batches, out, progress);
            case XLSX -> writeXlsx(what, columns, batches, out, progress);
        };
        auditLog.record(SecurityEventType.EXPORT, currentUser.require().username(),
                what + " " + format.extension() + ", " + count + " rows");
        return count;
    }

    /**
     * Rows read per batch ({@value #PAGE_SIZE} unless changed). Public only so that tests can go through the
     * security proxy to lower it and put equal sort keys on both sides of a batch boundary.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    private static <T> long writeCsv(List<ExportColumn<T>> columns, Iterator<List<T>> batches,
                                     OutputStream out, LongConsumer progress) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // spreadsheet programs read Cyrillic correctly only with the byte order mark
        // every cell, headers included, through SpreadsheetText: no text reaches the file as a formula (ADR 0037)
        var format = CSVFormat.DEFAULT.builder().setHeader(columns.stream()
                .map(c -> (String) SpreadsheetText.forCsv(c.header())).toArray(String[]::new)).get();
        long count = 0;
        try (var csv = new CSVPrinter(writer, format)) {
            if (hasHashtags(columns)) {
                csv.printRecord(columns.stream()
                        .map(c -> c.hashtag() == null ? "" : SpreadsheetText.forCsv(c.hashtag())).toList());
            }
            while (batches.hasNext()) {
                var slice = batches.next();
                for (var row : slice) {
                    for (var column : columns) {
                        csv.print(SpreadsheetText.forCsv(column.value().apply(row)));
                    }
                    csv.println();
                }
                count += slice.size();
                csv.flush();
                progress.accept(count);
            }
            return count;
        }
    }

    private static <T> long writeXlsx(String what, List<ExportColumn<T>> columns, Iterator<List<T>> batches,
                                      OutputStream out, LongConsumer progress) throws IOException {
        var workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            var sheet = workbook.createSheet(sheetName(what));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            // text cells go through SpreadsheetText: a string, quote-prefixed where it looks like a formula (ADR 0037)
            var styles = new Styles(dateStyle, timeStyle, SpreadsheetText.quotePrefixedStyle(workbook));
            var header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                SpreadsheetText.setText(header.createCell(c), columns.get(c).header(), headerStyle,
                        styles.quotePrefixed());
            }
            int headerRows = 1;
            if (hasHashtags(columns)) {
                var tags = sheet.createRow(headerRows++);
                for (int c = 0; c < columns.size(); c++) {
                    var tag = columns.get(c).hashtag();
                    if (tag != null) {
                        SpreadsheetText.setText(tags.createCell(c), tag, null, styles.quotePrefixed());
                    }
                }
            }
            sheet.createFreezePane(0, headerRows);
            long count = 0;
            while (batches.hasNext()) {
                for (var item : batches.next()) {
                    var row = sheet.createRow((int) (headerRows + count++));
                    for (int c = 0; c < columns.size(); c++) {
                        set(row, c, columns.get(c).value().apply(item), styles);
                    }
                }
                progress.accept(count);
            }
            workbook.write(out);
            return count;
        } finally {
            workbook.close(); // also deletes the temporary files of the streamed rows
        }
    }

    /** The cell styles of one workbook. */
    private record Styles(CellStyle date, CellStyle time, CellStyle quotePrefixed) {
    }

    /** Numbers, dates and booleans as typed cells; everything else as text that is never read as a formula. */
    private static void set(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        switch (value) {
            case Number n when !(n instanceof BigDecimal) -> cell.setCellValue(n.doubleValue());
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date());
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(styles.time());
            }
            case Boolean b -> cell.setCellValue(b);
            default -> SpreadsheetText.setText(cell, value.toString(), null, styles.quotePrefixed());
        }
    }

    private static boolean hasHashtags(List<? extends ExportColumn<?>> columns) {
        return columns.stream().anyMatch(c -> c.hashtag() != null);
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String what) {
        var cleaned = what.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.isEmpty() ? "export" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
