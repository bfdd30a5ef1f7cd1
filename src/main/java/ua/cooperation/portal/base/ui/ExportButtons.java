package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.export.ListExporter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * "CSV" and "XLSX" downloads of what a list shows under its current filter, for the toolbar of every list. The file is
 * written while it downloads (see {@link ListExporter}); a progress bar follows the rows written, polled while the
 * export runs. A list may add further files of its filtered rows ({@link #addDownload}, e.g. the 5W of programmes),
 * which share the progress bar.
 */
public class ExportButtons<T> extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    /** Writes one file of the current filter into {@code out}, reporting the rows written; returns their number. */
    @FunctionalInterface
    public interface FileWriter {
        long write(OutputStream out, LongConsumer progress) throws IOException;
    }

    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Map<String, DownloadHandler> handlers = new HashMap<>();
    private final ListExporter export;

    /**
     * @param idPrefix   ids are {@code idPrefix-export-csv}, {@code -export-xlsx} and {@code -export-progress}
     * @param fileName   the file name without date and extension, e.g. "partnerships"
     * @param columns    the exported columns, built when an export starts (headers in the reader's language)
     * @param rows       the rows of the current filter, page by page, from the list's own scoped service call
     * @param total      how many rows the current filter has, for the progress bar; negative when the list does
     *                   not count (the bar then runs without an end)
     */
    public ExportButtons(String idPrefix, String fileName, ListExporter export, Supplier<List<ExportColumn<T>>> columns,
                         Supplier<Function<Pageable, List<T>>> rows, LongSupplier total) {
        this(idPrefix, fileName, export, columns, total, () -> ExportRows.byOffset(rows.get()));
    }

    /**
     * The export buttons of a large list: {@code rows} gives, when a download starts, the rows of the list's current
     * filter in list order, usually {@link ExportRows#byIds} over the list's scoped service (its ordered ids, then its
     * rows by id), which reads every batch as fast as the first (ADR 0024). Otherwise as the constructor.
     */
    public static <T> ExportButtons<T> inBatches(String idPrefix, String fileName, ListExporter export,
                                                 Supplier<List<ExportColumn<T>>> columns,
                                                 Supplier<ExportRows<T>> rows, LongSupplier total) {
        return new ExportButtons<>(idPrefix, fileName, export, columns, total, rows);
    }

    private ExportButtons(String idPrefix, String fileName, ListExporter export,
                          Supplier<List<ExportColumn<T>>> columns,
                          LongSupplier total, Supplier<ExportRows<T>> rows) {
        this.export = export;
        setSpacing(true);
        setAlignItems(Alignment.CENTER);
        progress.setId(idPrefix + "-export-progress");
        progress.setWidth("6em");
        progress.setVisible(false);
        progressText.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        for (var format : ExportFormat.values()) {
            addDownload(idPrefix + "-export-" + format.extension(), format.name(),
                    getTranslation("export." + format.extension() + ".title"), fileName, format, () -> {
                        // what the list shows now, read when the download starts
                        var batches = rows.get();
                        var headers = columns.get();
                        return (out, written) -> export.writeRows(fileName, format, headers, batches, out, written);
                    }, total);
        }
        add(progress, progressText);
    }

    /**
     * Adds a link that downloads another file of the list's current filter, named {@code fileName-<date>.<ext>} (the
     * office's date, see {@link ListExporter#fileName}), with the shared progress bar. {@code writer} is asked for the
     * file's writer when the download starts, so that it reads the filter of that moment.
     */
    public Anchor addDownload(String id, String label, String title, String fileName, ExportFormat format,
                              Supplier<FileWriter> writer, LongSupplier total) {
        DownloadHandler handler = event -> {
            var ui = event.getUI();
            var file = writer.get();
            // a list that cannot count cheaply gives a negative total: the bar then only says that it works
            long counted = total.getAsLong();
            long expected = Math.max(1, counted);
            started(ui, counted < 0);
            event.setFileName(export.fileName(fileName, format));
            event.setContentType(format.mediaType());
            try {
                file.write(event.getOutputStream(), written -> ui.access(() -> {
                    if (counted < 0) {
                        progressText.setText(getTranslation("export.progress.rows", written));
                    } else {
                        progress.setValue(Math.min(1.0, (double) written / expected));
                        progressText.setText(getTranslation("export.progress", written, expected));
                    }
                }));
            } finally {
                finished(ui);
            }
        };
        var link = new Anchor(handler, label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", title);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassNames(LumoUtility.FontSize.SMALL);
        handlers.put(id, handler);
        // the progress bar and its text stay last
        addComponentAtIndex(Math.max(0, getComponentCount() - (progress.getParent().isPresent() ? 2 : 0)), link);
        return link;
    }

    /** The handler behind the link with this id, for view tests that download without a browser. */
    public DownloadHandler handler(String id) {
        return handlers.get(id);
    }

    private void started(UI ui, boolean indeterminate) {
        ui.access(() -> {
            progress.setIndeterminate(indeterminate);
            progress.setValue(0);
            progress.setVisible(true);
            progressText.setText("");
            ui.setPollInterval(POLL_MILLIS);
        });
    }

    private void finished(UI ui) {
        ui.access(() -> {
            progress.setVisible(false);
            progressText.setText("");
            ui.setPollInterval(-1);
        });
    }
}
