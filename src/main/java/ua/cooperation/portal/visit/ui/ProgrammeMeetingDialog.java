package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.visit.VisitDetails;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Function;

/**
 * "Add meeting to the programme": a new meeting prefilled from the visit (its countries, its host organisation, its
 * sharing, its first day and city), recorded by the meeting service and put on the visit's programme. A time outside
 * the visit's days is refused at the start.
 */
class ProgrammeMeetingDialog extends Dialog implements RecordForm {

    static final String ID = "visit-programme-meeting-dialog";
    static final String ID_TITLE = "visit-programme-meeting-title";
    static final String ID_TYPE = "visit-programme-meeting-type";
    static final String ID_START = "visit-programme-meeting-start";
    static final String ID_END = "visit-programme-meeting-end";
    static final String ID_PLACE = "visit-programme-meeting-place";
    static final String ID_SAVE = "visit-programme-meeting-save";

    static final class Draft {
        String title;
        MeetingType type;
        LocalDateTime start;
        LocalDateTime end;
        String place;
    }

    private final TextField title = new TextField();
    private final Select<MeetingType> type = new Select<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextField place = new TextField();
    private final Binder<Draft> binder = new Binder<>();

    ProgrammeMeetingDialog(EditFlow<?> flow, VisitDetails visit, Function<MeetingChanges, ?> store, Runnable onSaved) {
        setId(ID);
        setHeaderTitle(getTranslation("visit.programme.add"));
        setWidth("min(40em, 95vw)");
        fields();
        var draft = new Draft();
        draft.type = MeetingType.WORKING_VISIT;
        draft.start = visit.startsOn().atTime(10, 0);
        draft.end = visit.startsOn().atTime(11, 0);
        draft.place = visit.city();
        binder.readBean(draft);
        var form = new FormLayout(title, type, start, end, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FieldMessages.applyTo(form);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> save(flow, visit, store, onSaved));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(EditFlow<?> flow, VisitDetails visit, Function<MeetingChanges, ?> store, Runnable onSaved) {
        var entered = new Draft();
        if (!binder.writeBeanIfValid(entered)) {
            return;
        }
        var changes = new MeetingChanges(null, 0, entered.type, entered.title,
                entered.start.atZone(PortalTime.ZONE).toInstant(), entered.end.atZone(PortalTime.ZONE).toInstant(),
                entered.place, null, visit.countryCodes(),
                visit.hostOrganisation() == null ? Set.of() : Set.of(visit.hostOrganisation().id()), Set.of(),
                Set.of(), Set.of(), null, null, null, visit.sharedWithPartners(),
                visit.responsible() == null ? null : visit.responsible().id());
        flow.runInDialog(this, () -> store.apply(changes), this, saved -> onSaved.run());
    }

    private void fields() {
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(Meeting.TITLE_MAX_LENGTH);
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("meeting.field.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("meeting-type." + t.name()));
        for (var picker : new DateTimePicker[]{start, end}) {
            picker.setLocale(getLocale());
            picker.setStep(java.time.Duration.ofMinutes(15));
            picker.setHelperText(getTranslation("meeting.field.kyiv-time"));
        }
        start.setId(ID_START);
        start.setLabel(getTranslation("meeting.field.start"));
        end.setId(ID_END);
        end.setLabel(getTranslation("meeting.field.end"));
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && (end.isEmpty() || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        place.setId(ID_PLACE);
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(Meeting.PLACE_MAX_LENGTH);
        binder.forField(title).asRequired(getTranslation("meeting.validation.title"))
                .withValidator(Constraints.of(MeetingChanges.class, "title")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(type).asRequired(getTranslation("meeting.validation.type"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(start).asRequired(getTranslation("meeting.validation.start"))
                .bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(getTranslation("meeting.validation.end"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(place).withValidator(Constraints.of(MeetingChanges.class, "place"))
                .bind(d -> d.place, (d, v) -> d.place = v);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "start" -> start;
            case "end" -> end;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }
}
