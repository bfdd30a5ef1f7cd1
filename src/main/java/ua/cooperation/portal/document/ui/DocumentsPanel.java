package ua.cooperation.portal.document.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.document.DocumentContentCheck;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.InvalidDocumentException;
import ua.cooperation.portal.document.NewDocument;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The documents of one record (partnership, programme, meeting), for its details view: a list with download links
 * and, for editors, an area to attach a file and a delete button per document. The owner's view decides
 * {@code mayEdit}; the service checks again. A partner who may open the record proposes documents through the same
 * area ({@link DocumentService#mayPropose()}); they wait for the office's review, which
 * {@link DocumentReviewActions} shows and offers. A chosen file is kept in memory and stored only when the user
 * presses Save, so that type, language and title are entered with it; refusals are shown at the fields.
 * <p>
 * Ids: {@code idPrefix} plus the {@code ID_*} suffixes, and per document {@code idPrefix + ID_DOWNLOAD + id} and
 * {@code idPrefix + ID_DELETE + id} (and those of {@link DocumentReviewActions}).
 */
class DocumentsPanel extends VerticalLayout {

    static final String ID_GRID = "-documents-grid";
    static final String ID_DOWNLOAD = "-document-download-";
    static final String ID_DELETE = "-document-delete-";
    static final String ID_DELETE_DIALOG = "-document-delete-dialog";
    static final String ID_ADD = "-document-add";
    static final String ID_TYPE = "-document-type";
    static final String ID_LANGUAGE = "-document-language";
    static final String ID_TITLE = "-document-title";
    static final String ID_SHARED = "-document-shared";
    static final String ID_UPLOAD = "-document-upload";
    static final String ID_FILE_ERROR = "-document-file-error";
    static final String ID_SAVE = "-document-save";

    /** The languages offered for a document; the reader sees their names in their own language. */
    static final List<String> LANGUAGES = List.of("uk", "en", "lt", "pl", "de", "fr");
    /**
     * The upload request is cut off a little above the largest file (room for multipart framing), so that a huge file
     * sent past the browser-side check never fills the server's memory; up to here the service gives the clear answer.
     */
    static final long UPLOAD_REQUEST_MAX = DocumentService.MAX_SIZE + 1024L * 1024;

    private final transient DocumentService documents;
    private final DocumentOwnerKind kind;
    private final long ownerId;
    private final boolean mayEdit;
    /** A partner who proposes documents for the office's review (not staff, not a preview). */
    private final boolean mayPropose;
    private final String idPrefix;
    private final DocumentReviewActions review;
    private final Grid<DocumentItem> grid = new Grid<>();
    private Runnable onChange = () -> { };

    private Select<DocumentType> type;
    private Select<String> language;
    private TextField title;
    private Checkbox shared;
    private Upload upload;
    private final Span fileError = new Span();
    private byte[] pendingContent;
    private String pendingFileName;

    DocumentsPanel(DocumentService documents, DocumentOwnerKind kind, long ownerId, boolean mayEdit,
                   String idPrefix) {
        this.documents = documents;
        this.kind = kind;
        this.ownerId = ownerId;
        this.mayEdit = mayEdit;
        this.mayPropose = !mayEdit && documents.mayPropose();
        this.idPrefix = idPrefix;
        this.review = new DocumentReviewActions(this, documents, idPrefix, () -> {
            refresh();
            onChange.run();
        });
        setPadding(false);
        configureGrid();
        add(grid);
        if (mayEdit || mayPropose) {
            add(addArea());
        }
        refresh();
    }

    /** Called after a document was stored or deleted, e.g. to refresh the owner's history tab. */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** Reads the list again. */
    void refresh() {
        grid.setItems(documents.findFor(kind, ownerId, getLocale()));
    }

    private void configureGrid() {
        grid.setId(idPrefix + ID_GRID);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("document.list.empty"));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        grid.addComponentColumn(this::downloadLink).setKey("title").setHeader(getTranslation("document.field.title"))
                .setFlexGrow(2);
        grid.addColumn(d -> getTranslation("document.type." + d.type().name())).setKey("type")
                .setHeader(getTranslation("document.field.type")).setAutoWidth(true);
        grid.addColumn(d -> languageName(d.language())).setKey("language")
                .setHeader(getTranslation("document.field.language")).setAutoWidth(true);
        grid.addColumn(DocumentItem::fileName).setKey("fileName").setHeader(getTranslation("document.field.fileName"))
                .setFlexGrow(1);
        grid.addColumn(d -> size(d.size())).setKey("size").setHeader(getTranslation("document.field.size"))
                .setAutoWidth(true);
        grid.addColumn(d -> Authors.shown(this, d.uploadedBy()) + " · " + when.format(d.uploadedAt().atZone(PortalTime.ZONE))).setKey("uploaded")
                .setHeader(getTranslation("document.field.uploaded")).setAutoWidth(true);
        grid.addComponentColumn(this::sharedMarker).setKey("shared")
                .setHeader(getTranslation("document.field.sharedWithPartners")).setAutoWidth(true);
        grid.addComponentColumn(review::status).setKey("status").setHeader(getTranslation("document.field.status"))
                .setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::translateLink).setKey("translate").setAutoWidth(true).setFlexGrow(0);
        }
        if (mayEdit || mayPropose) {
            grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        }
        if (mayEdit) {
            // Accept / Reject stay in sight at the right edge however wide the other columns are
            grid.addComponentColumn(review::actions).setKey("review").setAutoWidth(true).setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
    }

    /** The title in the reader's language, with the original's language or "may be outdated" as a quiet note. */
    private Component downloadLink(DocumentItem item) {
        var link = new Anchor(download(documents, item.id()), AttachmentType.DOWNLOAD, item.shownTitle().orEmpty());
        link.setId(idPrefix + ID_DOWNLOAD + item.id());
        link.getElement().setAttribute("lang", item.shownTitle().language());
        var note = TranslatedTexts.note(this, item.shownTitle());
        if (note == null) {
            return link;
        }
        var marker = new Span(note);
        marker.setId(idPrefix + ID_DOWNLOAD + item.id() + "-note");
        marker.addClassName("portal-text-note");
        return new Span(link, marker);
    }

    /** The way to the title's translations (ADR 0040), for those who may change the record's documents. */
    private Anchor translateLink(DocumentItem item) {
        var link = new Anchor(TranslationLinks.of(TextOwnerKind.DOCUMENT, item.id()),
                getTranslation("document.translate"));
        link.setId(idPrefix + "-document-translate-" + item.id());
        link.addClassName(LumoUtility.FontSize.SMALL);
        return link;
    }

    /**
     * Streams the document from the database when the link is followed; the service checks visibility again (the
     * link may be opened later, by then out of scope) and audits a liaison's download.
     */
    static DownloadHandler download(DocumentService documents, long documentId) {
        return event -> {
            var download = documents.open(documentId);
            if (download.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            var file = download.get();
            // Content-Disposition: attachment, with filename* (RFC 5987) for names that are not plain ASCII
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            event.setContentLength(file.size());
            try (var in = file.content(); var out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
    }

    private Component sharedMarker(DocumentItem item) {
        if (!item.sharedWithPartners()) {
            return new Span();
        }
        var badge = new Span(getTranslation("document.shared"));
        badge.addClassName("portal-badge");
        return badge;
    }

    /** Staff delete any document of a record they edit; a partner her own pending or rejected proposal. */
    private Component deleteButton(DocumentItem item) {
        if (!item.mayDelete()) {
            return new Span();
        }
        var delete = new Button(getTranslation("document.delete"), e -> confirmDelete(item));
        delete.setId(idPrefix + ID_DELETE + item.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return delete;
    }

    private void confirmDelete(DocumentItem item) {
        var dialog = new ConfirmDialog();
        dialog.setId(idPrefix + ID_DELETE_DIALOG);
        dialog.setHeader(getTranslation("document.delete.title"));
        dialog.setText(getTranslation("document.delete.text", item.title(), item.fileName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("document.delete.cancel"));
        dialog.setConfirmText(getTranslation("document.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(item));
        dialog.open();
    }

    private void delete(DocumentItem item) {
        try {
            documents.delete(item.id(), item.version());
            notify("document.deleted", NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException | RecordNotFoundException e) {
            // deleted or changed by someone else meanwhile: show the list as it is now
            notify("document.conflict", NotificationVariant.LUMO_WARNING);
        } catch (RefusedException e) {
            // a partner who wrote too much within a short time
            Notifications.error(this, e.refusals().getFirst().messageKey());
        }
        refresh();
        onChange.run();
    }

    private Component addArea() {
        var heading = new H4(getTranslation(mayPropose ? "document.propose.title" : "document.add.title"));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        createFields();
        createUpload();

        fileError.setId(idPrefix + ID_FILE_ERROR);
        fileError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        fileError.setVisible(false);

        var save = new Button(getTranslation("document.save"), e -> save());
        save.setId(idPrefix + ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var fields = new HorizontalLayout(type, language, title);
        fields.setWidthFull();
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.addClassName(LumoUtility.FlexWrap.WRAP);
        // a partner does not choose: her document is for the record's partners once the office accepted it
        var area = mayPropose ? new Div(heading, new Paragraph(getTranslation("document.propose.note")), fields, upload,
                fileError, save) : new Div(heading, fields, shared, upload, fileError, save);
        area.setId(idPrefix + ID_ADD);
        area.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Width.FULL);
        return area;
    }

    /** The document's type, language, title and whether partners see it. */
    private void createFields() {
        type = new Select<>();
        type.setId(idPrefix + ID_TYPE);
        type.setLabel(getTranslation("document.field.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation("document.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        type.addValueChangeListener(e -> acceptFilesOf(e.getValue()));

        language = new Select<>();
        language.setId(idPrefix + ID_LANGUAGE);
        language.setLabel(getTranslation("document.field.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(this::languageName);
        language.setRequiredIndicatorVisible(true);
        // most documents are in the reader's own language; one choice fewer to make
        language.setValue(LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "uk");

        title = new TextField(getTranslation("document.field.title"));
        title.setId(idPrefix + ID_TITLE);
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        shared = new Checkbox(getTranslation("document.field.sharedWithPartners"));
        shared.setId(idPrefix + ID_SHARED);
    }

    /** One file at a time, kept in memory until Save; the accepted types follow the chosen document type. */
    private void createUpload() {
        upload = new Upload(uploadHandler());
        upload.setId(idPrefix + ID_UPLOAD);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentService.MAX_SIZE);
        upload.setI18n(uploadTexts());
        upload.setDropLabel(new Span(getTranslation("document.upload.drop")));
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        upload.addFailedListener(e -> {
            // a size above the limit is refused before the transfer (max file size) and by the service; this is a
            // broken transfer, and saying "too large" would mislead
            pendingContent = null;
            showFileError(getTranslation("document.upload.failed"));
        });
        upload.addFileRemovedListener(e -> {
            pendingContent = null;
            pendingFileName = null;
        });
        acceptFilesOf(null);
    }

    private InMemoryUploadHandler uploadHandler() {
        // the handler calls back inside UI.access (session locked) once the whole file is in memory; nothing is stored
        // until Save
        return new InMemoryUploadHandler((metadata, bytes) -> {
            pendingContent = bytes;
            pendingFileName = metadata.fileName();
            fileError.setVisible(false);
        }) {
            @Override
            public long getRequestSizeMax() {
                return UPLOAD_REQUEST_MAX;
            }

            @Override
            public long getFileSizeMax() {
                return UPLOAD_REQUEST_MAX;
            }
        };
    }

    private void acceptFilesOf(DocumentType documentType) {
        var extensions = DocumentContentCheck.acceptedExtensions(documentType == null ? DocumentType.OTHER
                : documentType);
        upload.setAcceptedFileTypes(extensions.toArray(String[]::new));
    }

    private void save() {
        type.setInvalid(false);
        language.setInvalid(false);
        title.setInvalid(false);
        fileError.setVisible(false);
        boolean complete = true;
        if (type.getValue() == null) {
            type.setErrorMessage(getTranslation("document.validation.type"));
            type.setInvalid(true);
            complete = false;
        }
        if (language.getValue() == null) {
            language.setErrorMessage(getTranslation("document.validation.language"));
            language.setInvalid(true);
            complete = false;
        }
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("document.validation.title"));
            title.setInvalid(true);
            complete = false;
        }
        if (pendingContent == null) {
            showFileError(getTranslation("document.validation.file"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            documents.upload(new NewDocument(kind, ownerId, type.getValue(),
                    language.getValue(), title.getValue(), shared.getValue(), pendingFileName), pendingContent);
        } catch (InvalidDocumentException e) {
            showFileError(getTranslation("document.problem." + e.problem().name()));
            return;
        } catch (ConstraintViolationException e) {
            // the form checks the same rules; this is the service's second look (e.g. a title of only spaces)
            title.setErrorMessage(getTranslation("document.validation.title"));
            title.setInvalid(true);
            return;
        } catch (RecordNotFoundException e) {
            notify("document.owner-gone", NotificationVariant.LUMO_ERROR);
            return;
        } catch (RefusedException e) {
            // a partner who wrote too much within a short time: nothing was stored, the file stays chosen
            Notifications.error(this, e.refusals().getFirst().messageKey());
            return;
        }
        notify(mayPropose ? "document.proposed" : "document.saved", NotificationVariant.LUMO_SUCCESS);
        pendingContent = null;
        pendingFileName = null;
        upload.clearFileList();
        title.clear();
        // a cleared required field would show as invalid at once; the next document starts clean
        title.setInvalid(false);
        shared.clear();
        refresh();
        onChange.run();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private UploadI18N uploadTexts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("document.problem.TOO_LARGE"))
                .setIncorrectFileType(getTranslation("document.problem.NOT_ALLOWED"))
                .setTooManyFiles(getTranslation("document.upload.too-many")));
        return i18n;
    }

    private void notify(String key, NotificationVariant variant) {
        var notification = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    private String languageName(String code) {
        return languageName(code, getLocale());
    }

    /**
     * Whether a field of a merged history entry is a document's (from {@link DocumentService#historyFor}); the
     * owner's {@link HistoryList} then takes label and value text from {@link #historyFieldLabel} and
     * {@link #historyValueText}.
     */
    static boolean isDocumentHistoryField(String field) {
        return field.startsWith(DocumentService.HISTORY_FIELD_PREFIX);
    }

    /** The label of a document field in a history, in the reader's language. */
    static String historyFieldLabel(Component source, String field) {
        return source.getTranslation("document.field." + field.substring(DocumentService.HISTORY_FIELD_PREFIX.length()));
    }

    /** The value of a document field in a history, in the reader's language ({@code locale}). */
    static String historyValueText(Component source, Locale locale, String field, Object value) {
        return switch (field.substring(DocumentService.HISTORY_FIELD_PREFIX.length())) {
            case "type" -> source.getTranslation("document.type." + ((DocumentType) value).name());
            case "language" -> languageName((String) value, locale);
            case "sharedWithPartners" -> source.getTranslation(Boolean.TRUE.equals(value)
                    ? "document.shared.yes" : "document.shared.no");
            case "reviewStatus" -> value == null ? "" : source.getTranslation("document.review." + value);
            default -> String.valueOf(value);
        };
    }

    private static String languageName(String code, Locale locale) {
        var name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Bytes, KB or MB (binary, as the 20 MB limit is meant), in the reader's number format. */
    private String size(long bytes) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return getTranslation("document.size.bytes", format.format(bytes));
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("document.size.kb", format.format(bytes / 1024.0));
        }
        return getTranslation("document.size.mb", format.format(bytes / (1024.0 * 1024)));
    }
}
