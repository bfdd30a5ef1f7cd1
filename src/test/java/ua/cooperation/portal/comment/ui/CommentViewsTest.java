package ua.cooperation.portal.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment threads on the record pages (issue 21), as liaisons and officers use them: the demo meeting with the
 * Lithuanian ambassador (meetings/1) carries the liaison's question about the school list, the officer's answer and a
 * remark the office keeps for itself.
 */
class CommentViewsTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String STAFF_REMARK = "Лише для офісу: перш ніж пропонувати школи громадам";

    @Test
    void the_lithuanian_liaison_reads_the_thread_of_her_meeting_without_the_office_remark_and_answers_in_plain_text() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("meetings/1");
        selectTab("meeting-tabs", "meeting-tab-comments");

        assertThat(threadText()).contains("Ambasada renka Lietuvos mokyklų").contains("Дякуємо! Перелік передамо")
                .doesNotContain(STAFF_REMARK);
        assertThat(_find(Checkbox.class, spec -> spec.withId(CommentsPanel.ID_STAFF_ONLY))).as("staff only").isEmpty();
        assertThat(threadText()).as("the officer's name is withheld: the office answers")
                .contains(UI.getCurrent().getTranslation("office.name"));

        var text = "<b>Sąrašas</b> <script>alert(1)</script> " + marker();
        _get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY)).setValue(text);
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD)));

        var line = line(text);
        assertThat(_find(line, Paragraph.class)).extracting(Paragraph::getText).contains(text);
        assertThat(line.getElement().getTextRecursively()).contains("liaison-lt");
        assertThat(_find(line, Button.class)).extracting(b -> b.getId().orElse(""))
                .contains("comment-edit-" + idOf(line), "comment-remove-" + idOf(line));
        assertThat(_get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY)).getValue()).isEmpty();
    }

    @Test
    void an_officer_keeps_a_remark_for_the_office_edits_it_and_removes_it_after_confirming() {
        signInAs("officer");
        UI.getCurrent().navigate("partnerships/1");
        selectTab("partnership-tabs", "partnership-tab-comments");

        var text = "Лише для офісу: узгодити з управлінням освіти " + marker();
        _get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY)).setValue(text);
        _get(Checkbox.class, spec -> spec.withId(CommentsPanel.ID_STAFF_ONLY)).setValue(true);
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD)));
        var id = idOf(line(text));
        assertThat(line(text).getElement().getTextRecursively())
                .contains(UI.getCurrent().getTranslation("comment.staff-only.badge"));

        _click(_get(Button.class, spec -> spec.withId("comment-edit-" + id)));
        var edited = text + " (виправлено)";
        _get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_EDIT_BODY)).setValue(edited);
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_EDIT_SAVE)));
        var editedLine = _get(Div.class, spec -> spec.withId("comment-" + id));
        assertThat(editedLine.getElement().getTextRecursively()).contains(edited)
                .contains(editedLine.getTranslation("comment.edited"));

        _click(_get(Button.class, spec -> spec.withId("comment-remove-" + id)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(CommentsPanel.ID_REMOVE_DIALOG)));
        var removed = _get(Div.class, spec -> spec.withId("comment-" + id));
        assertThat(removed.getElement().getTextRecursively()).doesNotContain(edited).contains("officer");
        assertThat(_find(removed, Button.class)).isEmpty();

        signInAs("liaison-lt");
        UI.getCurrent().navigate("partnerships/1");
        selectTab("partnership-tabs", "partnership-tab-comments");
        assertThat(_find(Div.class, spec -> spec.withId("comment-" + id))).as("staff only, even removed").isEmpty();
    }

    @Test
    void an_empty_or_control_character_comment_is_refused_at_the_field_and_nothing_is_added() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("programmes/1");
        selectTab("programme-tabs", "programme-tab-comments");
        int before = lines().size();
        var body = _get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY));
        body.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD)));
        _expectInvalid(body, body.getTranslation("comment.refused.BODY_EMPTY"));
        body.setValue("a\u0007b");
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD)));
        _expectInvalid(body, body.getTranslation("comment.refused.BODY_CONTROL_CHARACTERS"));
        assertThat(lines()).hasSize(before);
    }

    @Test
    void the_officer_comments_on_a_decision_and_the_comment_appears_in_the_meeting_history() {
        signInAs("officer");
        UI.getCurrent().navigate("meetings/1");
        selectTab("meeting-tabs", "meeting-tab-decisions");
        @SuppressWarnings("unchecked")
        Select<DecisionItem> decision = _get(Select.class, spec -> spec.withId("decision-comments-select"));
        decision.setValue(decision.getListDataView().getItems().filter(d -> d.number() == 2).findFirst()
                .orElseThrow());
        var text = "Школи-партнери: перелік від посольства отримано " + marker();
        _get(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY)).setValue(text);
        _click(_get(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD)));
        line(text);

        selectTab("meeting-tabs", "meeting-tab-history");
        var history = _get(HistoryList.class, spec -> spec.withId(HistoryList.ID)).getElement().getTextRecursively();
        assertThat(history).contains(text).contains(_get(HistoryList.class, spec -> spec.withId(HistoryList.ID))
                .getTranslation("comment.history.decision"));
    }

    @Test
    void an_officer_previewing_as_the_lithuanian_liaison_reads_her_thread_and_cannot_write() {
        signInWith(ua.cooperation.portal.testsupport.SignedIn.previewOf(
                applicationContext.getBean(ua.cooperation.portal.security.LiaisonPreview.class), "LT"),
                java.util.Locale.forLanguageTag("uk"));
        UI.getCurrent().navigate("meetings/1");
        selectTab("meeting-tabs", "meeting-tab-comments");
        assertThat(threadText()).contains("Ambasada renka Lietuvos mokyklų").doesNotContain(STAFF_REMARK);
        assertThat(_find(TextArea.class, spec -> spec.withId(CommentsPanel.ID_BODY))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(CommentsPanel.ID_ADD))).isEmpty();
        assertThat(_find(Button.class)).extracting(b -> b.getId().orElse(""))
                .noneMatch(id -> id.startsWith("comment-edit-") || id.startsWith("comment-remove-"));
    }

    @Test
    void a_liaison_of_poland_sees_no_comments_of_a_lithuanian_meeting() {
        signInAs("liaison-pl");
        UI.getCurrent().navigate("meetings/999999999");
        var missing = describeCurrentPage();
        UI.getCurrent().navigate("meetings/1");
        assertThat(describeCurrentPage()).isEqualTo(missing);
        assertThat(_find(CommentsPanel.class, spec -> spec.withId(CommentsPanel.ID))).isEmpty();
    }

    private static void selectTab(String tabsId, String tabId) {
        _get(TabSheet.class, spec -> spec.withId(tabsId)).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    private static String threadText() {
        return _get(Div.class, spec -> spec.withId("comments-list")).getElement().getTextRecursively();
    }

    private static List<Div> lines() {
        return _find(Div.class).stream().filter(d -> d.getId().orElse("").matches("comment-\\d+")).toList();
    }

    /** The thread's line that holds {@code text}. */
    private static Div line(String text) {
        return lines().stream().filter(d -> d.getElement().getTextRecursively().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment holds " + text));
    }

    private static String idOf(Div line) {
        return line.getId().orElseThrow().substring("comment-".length());
    }

    private static String marker() {
        return "#" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
    }
}
