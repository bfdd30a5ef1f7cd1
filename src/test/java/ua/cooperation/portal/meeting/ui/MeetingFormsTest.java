package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.Decision;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.MeetingRefusedException;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting's form and dialogs on the record-page kit: their rules come from the constraints on the service's input
 * records, they call no service (they are built here without one), and a refusal of the service lands at its field.
 */
class MeetingFormsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    MeetingService meetings;

    @Test
    void the_meeting_form_shows_a_refused_online_link_at_its_field() {
        signInAs("officer");
        var form = new MeetingForm(null, UK);

        var shown = form.showRefusal(refusal(MeetingRefusedException.Reason.LINK_NOT_HTTPS));

        assertThat(shown).isTrue();
        assertThat(form.onlineLink.isInvalid()).isTrue();
        assertThat(form.onlineLink.getErrorMessage()).isEqualTo(form.getTranslation("meeting.refused.LINK_NOT_HTTPS"));
        // participants are not a field of this form: the flow says that one as a message
        assertThat(form.showRefusal(refusal(MeetingRefusedException.Reason.PERSON_UNKNOWN))).isFalse();
    }

    @Test
    void a_meeting_title_longer_than_the_service_takes_is_marked_at_the_field() {
        signInAs("officer");
        var form = new MeetingForm(null, UK);
        form.title.setValue("М".repeat(Meeting.TITLE_MAX_LENGTH + 1));

        assertThat(form.writeIfValid()).isEmpty();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_decision_text_longer_than_the_service_takes_is_marked_at_the_field_and_nothing_is_sent() {
        signInAs("officer");
        var sent = new AtomicInteger();
        var dialog = new DecisionDialog(null, changes -> sent.incrementAndGet(), null, LocalDate.of(2025, 6, 2),
                () -> { });
        dialog.open();
        var text = _get(TextArea.class, spec -> spec.withId(DecisionDialog.ID_TEXT));
        text.setValue("Р".repeat(Decision.TEXT_MAX_LENGTH + 1));

        _click(_get(Button.class, spec -> spec.withId(DecisionDialog.ID_SAVE)));

        assertThat(text.isInvalid()).isTrue();
        assertThat(sent).hasValue(0);
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_action_item_refused_by_the_service_stays_open_with_the_refusal_at_its_field() {
        signInAs("officer");
        var meeting = meetings.findVisibleById(TestMeetings.newInternalMeeting(meetings, "Відмова в діалозі"), UK)
                .orElseThrow();
        var reloads = new AtomicInteger();
        var flow = new EditFlow<MeetingDetails>(new Div(), "test-conflict", () -> {
            reloads.incrementAndGet();
            return Optional.of(meeting);
        }, shown -> { }, () -> { });
        var dialog = new ActionItemDialog(flow, changes -> {
            throw refused(MeetingRefusedException.Reason.DECISION_UNKNOWN);
        }, null, meeting, List.of(), null, () -> { });
        dialog.open();
        _get(TextField.class, spec -> spec.withId(ActionItemDialog.ID_TITLE)).setValue("Надіслати протокол");
        @SuppressWarnings("unchecked")
        ComboBox<Choice> owner = _get(ComboBox.class, spec -> spec.withId(ActionItemDialog.ID_OWNER_USER));
        owner.setValue(new Choice(2, "Офіцер"));
        _get(DatePicker.class, spec -> spec.withId(ActionItemDialog.ID_DUE)).setValue(LocalDate.of(2026, 1, 15));

        _click(_get(Button.class, spec -> spec.withId(ActionItemDialog.ID_SAVE)));

        assertThat(dialog.isOpened()).isTrue();
        var decision = _get(Select.class, spec -> spec.withId(ActionItemDialog.ID_DECISION));
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo(dialog.getTranslation("meeting.refused.DECISION_UNKNOWN"));
        assertThat(reloads).hasValue(0);
    }

    @Test
    void an_action_item_note_longer_than_the_service_takes_is_marked_at_the_field() {
        signInAs("officer");
        var meeting = meetings.findVisibleById(TestMeetings.newInternalMeeting(meetings, "Довга примітка"), UK)
                .orElseThrow();
        var sent = new AtomicInteger();
        var dialog = new ActionItemDialog(null, changes -> sent.incrementAndGet(), null, meeting, List.of(), null,
                () -> { });
        dialog.open();
        var note = _get(TextArea.class, spec -> spec.withId(ActionItemDialog.ID_NOTE));
        note.setValue("П".repeat(ActionItem.NOTE_MAX_LENGTH + 1));

        _click(_get(Button.class, spec -> spec.withId(ActionItemDialog.ID_SAVE)));

        assertThat(note.isInvalid()).isTrue();
        assertThat(sent).hasValue(0);
    }

    private static RefusedException.Refusal refusal(MeetingRefusedException.Reason reason) {
        return new RefusedException.Refusal("meeting.refused." + reason.name(), reason.field());
    }

    /** A refusal as the meeting services give it (their exception's constructor is the services' own). */
    private static RefusedException refused(MeetingRefusedException.Reason reason) {
        return new RefusedException(reason.name()) {
            @Override
            public List<RefusedException.Refusal> refusals() {
                return List.of(refusal(reason));
            }
        };
    }
}
