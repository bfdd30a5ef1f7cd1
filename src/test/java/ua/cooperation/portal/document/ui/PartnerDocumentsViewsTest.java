package ua.cooperation.portal.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentReviewStatus;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.DocumentsPanelTestView.PREFIX;

/**
 * Documents from partners in the documents panel (issue 21), hosted on a meeting shared with Lithuania (test route
 * {@code test-documents/<id>}): the liaison proposes a document, the officer accepts one and rejects another with a
 * reason, and the liaison reads the reason and deletes her rejected document.
 */
class PartnerDocumentsViewsTest extends KaribuTest {

    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MeetingService meetings;

    @Test
    void a_liaison_proposes_a_document_which_waits_for_the_office_and_she_may_withdraw_it() {
        long meeting = lithuanianMeeting("Партнерські документи 1");
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("test-documents/" + meeting);
        assertThat(_find(Checkbox.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_SHARED)))
                .as("she does not choose who sees it: the office does, by accepting").isEmpty();

        propose("Mokyklų sąrašas");

        assertThat(_size(grid())).isEqualTo(1);
        var item = _get(grid(), 0);
        assertThat(item.review()).isEqualTo(DocumentReviewStatus.PENDING);
        assertThat(status(item.id()).getText()).isEqualTo("Laukia peržiūros");
        assertThat(grid().getColumnByKey("review")).as("no review for partners").isNull();

        _click((Button) cell(item.id(), "delete"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_DELETE_DIALOG)));
        assertThat(_size(grid())).isZero();
    }

    @Test
    void an_officer_accepts_one_proposal_and_rejects_another_with_a_reason_the_liaison_reads() {
        long meeting = lithuanianMeeting("Партнерські документи 2");
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("test-documents/" + meeting);
        propose("Programa");
        propose("Nuotraukos");
        long programme = idOf("Programa");
        long photos = idOf("Nuotraukos");

        signInAs("officer");
        UI.getCurrent().navigate("test-documents/" + meeting);
        assertThat(status(programme).getText()).isEqualTo("Очікує розгляду");
        _click(reviewButton(programme, DocumentReviewActions.ID_ACCEPT).orElseThrow());
        assertThat(itemOf(programme).review()).isEqualTo(DocumentReviewStatus.ACCEPTED);
        assertThat(cell(programme, "status").getId()).as("no badge once accepted").isEmpty();
        assertThat(reviewButton(programme, DocumentReviewActions.ID_ACCEPT)).isEmpty();

        _click(reviewButton(photos, DocumentReviewActions.ID_REJECT).orElseThrow());
        var confirm = _get(Button.class, spec -> spec.withId(PREFIX + DocumentReviewActions.ID_REJECT_CONFIRM));
        _click(confirm);
        var reason = _get(TextArea.class, spec -> spec.withId(PREFIX + DocumentReviewActions.ID_REJECT_REASON));
        assertThat(reason.isInvalid()).as("a rejection needs a reason").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Напишіть, чому документ відхилено");
        assertThat(_get(Dialog.class, spec -> spec.withId(PREFIX + DocumentReviewActions.ID_REJECT_DIALOG)).isOpened())
                .isTrue();
        reason.setValue("На фото видно обличчя дітей без згоди батьків");
        _click(confirm);
        assertThat(_find(Dialog.class, spec -> spec.withId(PREFIX + DocumentReviewActions.ID_REJECT_DIALOG)))
                .isEmpty();
        assertThat(status(photos).getText()).isEqualTo("Відхилено: На фото видно обличчя дітей без згоди батьків");

        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("test-documents/" + meeting);
        assertThat(status(photos).getText()).isEqualTo("Atmestas: На фото видно обличчя дітей без згоди батьків");
        assertThat(cell(programme, "delete")).as("accepted: the office's now").isNotInstanceOf(Button.class);
        _click((Button) cell(photos, "delete"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_DELETE_DIALOG)));
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void the_office_finds_the_embassys_proposed_list_of_schools_on_the_ambassadors_meeting() {
        signInAs("officer");
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        var schools = grid().getGenericDataView().getItems()
                .filter(d -> d.fileName().equals("mokyklos-partneres.txt")).findFirst().orElseThrow();
        assertThat(schools.uploadedBy()).isEqualTo("liaison-lt");
        assertThat(status(schools.id()).getText()).isEqualTo("Очікує розгляду");
        assertThat(reviewButton(schools.id(), DocumentReviewActions.ID_ACCEPT)).isPresent();

        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("test-documents/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(status(schools.id()).getText()).isEqualTo("Laukia peržiūros");
        assertThat(cell(schools.id(), "delete")).as("her own, still pending").isInstanceOf(Button.class);
    }

    private void propose(String title) {
        _get(Select.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TYPE)).setValue(DocumentType.REPORT);
        _get(TextField.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_TITLE)).setValue(title);
        _upload(_get(Upload.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_UPLOAD)), title + ".pdf",
                "application/pdf", PDF);
        _click(_get(Button.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_SAVE)));
    }

    private long lithuanianMeeting(String title) {
        signInAs("officer");
        var start = Instant.parse("2025-10-06T07:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                start.plus(1, ChronoUnit.HOURS), "Київ", null, Set.of("LT"), Set.of(), Set.of(), Set.of(), null, null,
                null, true), Locale.forLanguageTag("uk")).id();
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentItem> grid() {
        return _get(Grid.class, spec -> spec.withId(PREFIX + DocumentsPanel.ID_GRID));
    }

    /** The status badge in the document's row (grid cells are not in the component tree). */
    private static Span status(long documentId) {
        var badge = (Span) cell(documentId, "status");
        assertThat(badge.getId()).contains(PREFIX + DocumentReviewActions.ID_STATUS + documentId);
        return badge;
    }

    /** Accept or Reject in the document's row, if shown. */
    private static java.util.Optional<Button> reviewButton(long documentId, String idPart) {
        return _find(cell(documentId, "review"), Button.class,
                spec -> spec.withId(PREFIX + idPart + documentId)).stream().findFirst();
    }

    private static long idOf(String title) {
        return grid().getGenericDataView().getItems().filter(d -> d.title().equals(title)).findFirst().orElseThrow()
                .id();
    }

    private static DocumentItem itemOf(long documentId) {
        return grid().getGenericDataView().getItems().filter(d -> d.id() == documentId).findFirst().orElseThrow();
    }

    private static Component cell(long documentId, String columnKey) {
        for (int row = 0; row < _size(grid()); row++) {
            if (_get(grid(), row).id() == documentId) {
                return _getCellComponent(grid(), row, columnKey);
            }
        }
        throw new AssertionError("no document " + documentId + " in the list");
    }
}
