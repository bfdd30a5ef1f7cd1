package ua.cooperation.portal.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes the rows of a list to a file. Declared here, next to the columns and rows it takes, so that the lists'
 * download buttons ({@code base.ui.ExportButtons}) need no feature; {@code export.ListExport} implements it and writes
 * every export to the security log.
 */
public interface ListExporter {

    /**
     * Writes every row of {@code rows}, batch by batch in list order, as {@code format}; calls {@code progress} with
     * the number of rows written after each batch. {@code what} names the list in the log.
     *
     * @return the number of rows written
     */
    /**
     * The name of a download of the list {@code name} as {@code format}: {@code name-<the office's date>.<ext>}, the
     * date from the application's one clock (so that tests that pin it know the name).
     */
    String fileName(String name, ExportFormat format);

    <T> long writeRows(String what, ExportFormat format, List<ExportColumn<T>> columns, ExportRows<T> rows,
                       OutputStream out, LongConsumer progress) throws IOException;
}
