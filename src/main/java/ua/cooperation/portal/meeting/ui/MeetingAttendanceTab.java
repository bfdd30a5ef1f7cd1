package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.AttendanceAnswer;
import ua.cooperation.portal.meeting.AttendanceService;
import ua.cooperation.portal.meeting.AttendanceSheet;
import ua.cooperation.portal.meeting.MeetingDetails;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who of the invited portal users attends the meeting (issue 21): the counts, every invitee the reader may see with her
 * answer (a partner sees the staff invitees as the office), and for an invitee of an upcoming meeting her own answer,
 * yes, maybe or no, with a short note, which she may change until the meeting starts.
 */
class MeetingAttendanceTab extends VerticalLayout implements RecordForm {

    static final String ID_GRID = "attendance-grid";
    static final String ID_SUMMARY = "attendance-summary";
    static final String ID_NOTE = "attendance-note";
    static final String ID_ANSWER_PREFIX = "attendance-";
    private static final int NOTE_MAX_LENGTH = 300;

    private final AttendanceService service;
    private final EditFlow<MeetingDetails> flow;
    private final Supplier<MeetingDetails> shown;
    private final Span summary = new Span();
    private final TextField note = new TextField();
    private final Map<AttendanceAnswer, Button> answers = new EnumMap<>(AttendanceAnswer.class);
    private final HorizontalLayout mine = new HorizontalLayout();
    private final Grid<AttendanceSheet.Row> grid = new Grid<>();

    MeetingAttendanceTab(AttendanceService service, EditFlow<MeetingDetails> flow, Supplier<MeetingDetails> shown) {
        this.service = service;
        this.flow = flow;
        this.shown = shown;
        setPadding(false);
        summary.setId(ID_SUMMARY);
        summary.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        note.setId(ID_NOTE);
        note.setLabel(getTranslation("attendance.note"));
        note.setMaxLength(NOTE_MAX_LENGTH);
        note.setWidth("min(30em, 90vw)");
        FieldMessages.applyTo(note);
        mine.add(note);
        for (var answer : AttendanceAnswer.values()) {
            var button = new Button(getTranslation("attendance.answer." + answer.name()), e -> answer(answer));
            button.setId(ID_ANSWER_PREFIX + answer.name().toLowerCase(Locale.ROOT));
            answers.put(answer, button);
            mine.add(button);
        }
        mine.setAlignItems(Alignment.BASELINE);
        mine.addClassName(LumoUtility.FlexWrap.WRAP);
        grid.setId(ID_GRID);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("attendance.empty"));
        grid.addColumn(row -> Authors.shown(this, row.name())).setKey("who")
                .setHeader(getTranslation("attendance.who")).setFlexGrow(2);
        grid.addColumn(row -> row.userId() == 0 ? "" : answerText(row.answer())).setKey("answer")
                .setHeader(getTranslation("attendance.answer")).setAutoWidth(true);
        grid.addColumn(row -> row.note() == null ? "" : row.note()).setKey("note")
                .setHeader(getTranslation("attendance.note")).setFlexGrow(3);
        add(summary, mine, grid);
    }

    /** Reads the invitees' answers again and shows them. */
    void refresh() {
        show(service.attendanceOf(shown.get().id()));
    }

    private void show(AttendanceSheet sheet) {
        var c = sheet.counts();
        summary.setText(getTranslation("attendance.summary", c.yes(), c.maybe(), c.no(), c.none()));
        mine.setVisible(sheet.mayAnswer());
        var myAnswer = sheet.mine() == null ? null : sheet.mine().answer();
        answers.forEach((answer, button) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (answer == myAnswer) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        note.setInvalid(false);
        note.setValue(sheet.mine() == null || sheet.mine().note() == null ? "" : sheet.mine().note());
        grid.setItems(sheet.rows());
    }

    private String answerText(AttendanceAnswer answer) {
        return getTranslation(answer == null ? "attendance.no-answer" : "attendance.answer." + answer.name());
    }

    private void answer(AttendanceAnswer answer) {
        note.setInvalid(false);
        long meetingId = shown.get().id();
        flow.run(() -> service.answer(meetingId, answer, note.getValue()), this, sheet -> {
            show(sheet);
            Notifications.saved(this);
        });
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        if (!"note".equals(refusal.field())) {
            return false;
        }
        note.setErrorMessage(getTranslation(refusal.messageKey()));
        note.setInvalid(true);
        return true;
    }
}
