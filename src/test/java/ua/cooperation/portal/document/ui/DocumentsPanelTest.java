package ua.cooperation.portal.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static ua.cooperation.portal.testsupport.DocumentsPanelTestView.PREFIX;

/**
 * Use cases of the documents panel, hosted on a real meeting (test route {@code test-documents/<id>}): each test
 * records a meeting of its own, the liaison's test uses the demo meeting shared with Lithuania.
 */
class DocumentsPanelTest extends KaribuTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ContentTranslations translations;

    @Autowired
    MeetingService meetings;

    @Autowired
    ua.cooperation.portal.security.LiaisonPreview preview;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @SuppressWarnings("unchecked")
    private static Grid<DocumentItem> grid() {
        return _get(Grid.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_GRID));
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(DocumentType type, String title) {
        _get(Select.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TYPE)).setValue(type);
        _get(Select.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_LANGUAGE)).setValue("uk");
        _get(TextField.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TITLE)).setValue(title);
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_UPLOAD));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_SAVE)));
    }

    private static Span fileError() {
        return _get(Span.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_FILE_ERROR));
    }

    @Test
    void officer_attaches_an_agreement_and_gets_a_download_link() {
        signInAs("officer");
        UI.getCurrent().navigate("test-documents/" + TestMeetings.newInternalMeeting(meetings, "Документи 30"));
        assertThat(_size(grid())).isZero();

        fillIn(DocumentType.AGREEMENT, "Угода про співпрацю");
        _get(Checkbox.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_SHARED)).setValue(true);
        _upload(upload(), "Угода 2025.pdf", "application/pdf", PDF);
        save();

        assertThat(_size(grid())).isEqualTo(1);
        var item = _get(grid(), 0);
        assertThat(item.title()).isEqualTo("Угода про співпрацю");
        assertThat(item.fileName()).isEqualTo("Угода 2025.pdf");
        assertThat(item.sharedWithPartners()).isTrue();
        var link = (Anchor) _getCellComponent(grid(), 0, "title");
        assertThat(link.getId()).contains(PREFIX + DocumentsPanel.ID_DOWNLOAD + item.id());
        assertThat(link.getText()).isEqualTo("Угода про співпрацю");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void the_download_is_an_attachment_with_the_original_name_and_the_exact_bytes() throws IOException {
        signInAs("officer");
        UI.getCurrent().navigate("test-documents/" + TestMeetings.newInternalMeeting(meetings, "Документи 33"));
        fillIn(DocumentType.MINUTES, "Протокол");
        _upload(upload(), "Протокол засідання.pdf", "application/pdf", PDF);
        save();
        var item = _get(grid(), 0);

        var body = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStreamStub(body));
        var panel = _get(DocumentsPanel.class);
        DocumentsPanel.download(documents, item.id()).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), panel.getElement()));

        assertThat(body.toByteArray()).isEqualTo(PDF);
        verify(response).setContentType("application/pdf");
        var disposition = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(eq("Content-Disposition"), disposition.capture());
        assertThat(disposition.getValue()).startsWith("attachment")
                .contains("filename*=UTF-8''" + URLEncoder.encode("Протокол засідання.pdf", StandardCharsets.UTF_8)
                        .replace("+", "%20"));

        var missing = mock(VaadinResponse.class);
        DocumentsPanel.download(documents, Long.MAX_VALUE).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), missing, VaadinSession.getCurrent(), panel.getElement()));
        verify(missing).setStatus(404);
    }

    /** A servlet output stream over a byte buffer, as VaadinResponse hands it out. */
    private static final class ServletOutputStreamStub extends jakarta.servlet.ServletOutputStream {
        private final ByteArrayOutputStream target;

        ServletOutputStreamStub(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(jakarta.servlet.WriteListener listener) {
        }
    }

    @Test
    void a_renamed_executable_is_refused_at_the_file_field_and_missing_fields_are_marked() {
        signInAs("officer");
        UI.getCurrent().navigate("test-documents/" + TestMeetings.newInternalMeeting(meetings, "Документи 31"));

        save();
        assertThat(_get(TextField.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TITLE)).isInvalid()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TYPE)).isInvalid()).isTrue();
        assertThat(fileError().isVisible()).isTrue();

        fillIn(DocumentType.AGREEMENT, "Угода");
        _upload(upload(), "agreement.pdf", "application/pdf", EXE);
        save();

        assertThat(fileError().getText()).startsWith("Вміст файлу не відповідає його розширенню");
        assertThat(_size(grid())).isZero();
    }

    @Test
    void deleting_a_document_asks_first() {
        signInAs("officer");
        long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 32");
        UI.getCurrent().navigate("test-documents/" + meeting);
        fillIn(DocumentType.REPORT, "Звіт про візит");
        _upload(upload(), "report.pdf", "application/pdf", PDF);
        save();
        var item = _get(grid(), 0);

        var delete = (Button) _getCellComponent(grid(), 0, "delete");
        assertThat(delete.getId()).contains(PREFIX + DocumentsPanel.ID_DELETE + item.id());
        _click(delete);
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_DELETE_DIALOG));
        assertThat(dialog.getElement().getProperty("message")).contains("Звіт про візит");
        _fireConfirm(dialog);

        assertThat(_size(grid())).isZero();
        // the owner's history tab shows the upload and the deletion, labelled in the reader's language
        var panel = _get(DocumentsPanel.class);
        var history = new HistoryList(documents.historyFor(DocumentOwnerKind.MEETING, meeting),
                field -> DocumentsPanel.historyFieldLabel(panel, field),
                (field, value) -> DocumentsPanel.historyValueText(panel, Locale.forLanguageTag("uk"), field, value));
        assertThat(history.getElement().getTextRecursively()).contains("Видалено", "Створено", "Звіт про візит",
                "Вид документа: Звіт", "Мова: Українська", "Доступний партнерам: Ні");
    }

    @Test
    void an_officer_previewing_as_a_liaison_gets_no_add_area_and_no_delete_buttons() {
        signInWith(ua.cooperation.portal.testsupport.SignedIn.previewOf(preview, "LT"), Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(grid()).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_SAVE))).isEmpty();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(grid().getColumnByKey("delete")).isNull();
    }

    @Test
    void the_liaison_reads_a_translated_title_in_lithuanian_and_an_english_reader_the_original_marked() {
        signInAs("officer");
        var item = documents.upload(new ua.cooperation.portal.document.NewDocument(DocumentOwnerKind.MEETING,
                TestMeetings.SHARED_WITH_LITHUANIA, DocumentType.MINUTES, "uk", "Протокол для посольства (панель)",
                true, "protokol.pdf"), PDF);
        translations.save(TextOwnerKind.DOCUMENT, item.id(), "lt",
                List.of(new TranslationChange("title", "Protokolas ambasadai (skydelis)", false, null)));
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(((Anchor) cell(item.id(), "translate")).getHref())
                .as("editors find the way to the title's translations")
                .isEqualTo("translations/document/" + item.id());

        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(titleShown(item.id())).isEqualTo("Protokolas ambasadai (skydelis)");
        assertThat(grid().getColumnByKey("translate")).isNull();

        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(titleShown(item.id())).isEqualTo("Протокол для посольства (панель)in Ukrainian");

        // the file is a stand-in, not a readable PDF: it leaves the meeting that other tests download as the liaison
        signInAs("officer");
        documents.delete(item.id(), item.version());
    }

    /** The text of a document's title cell: the title and, after it, its note. */
    private static String titleShown(long documentId) {
        return cell(documentId, "title").getElement().getTextRecursively();
    }

    private static com.vaadin.flow.component.Component cell(long documentId, String columnKey) {
        for (int row = 0; row < _size(grid()); row++) {
            if (_get(grid(), row).id() == documentId) {
                return _getCellComponent(grid(), row, columnKey);
            }
        }
        throw new AssertionError("no document " + documentId + " in the list");
    }
}
