package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.HasValidation;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import com.vaadin.flow.data.binder.Binder;

import java.util.function.Consumer;

/**
 * The owner of an action item moves its status and writes the completion note: the quick update of "my action items"
 * and of the meeting's action items tab. Nothing else of the item can be changed here (the service checks it again).
 * The note's rule is the one declared on {@link ActionItemChanges}; the page stores the progress ({@link Progress})
 * through its {@link EditFlow}.
 */
class ActionItemProgressDialog extends Dialog implements RecordForm {

    static final String ID = "action-item-progress-dialog";
    static final String ID_STATUS = "action-item-progress-status";
    static final String ID_NOTE = "action-item-progress-note";
    static final String ID_SAVE = "action-item-progress-save";

    /** Stores the item's new status and note, answering the stored item. */
    @FunctionalInterface
    interface Progress {
        ActionItemView store(ActionItemStatus status, String note);
    }

    /** The dialog's working copy. */
    static final class Draft {
        ActionItemStatus status;
        String note;
    }

    private final EditFlow<?> flow;
    private final Progress progress;
    private final Consumer<ActionItemView> onSaved;
    private final Select<ActionItemStatus> status = new Select<>();
    private final TextArea note = new TextArea();
    private final Binder<Draft> binder = new Binder<>();

    ActionItemProgressDialog(EditFlow<?> flow, ActionItemView item, Progress progress,
                             Consumer<ActionItemView> onSaved) {
        this.flow = flow;
        this.progress = progress;
        this.onSaved = onSaved;
        setId(ID);
        setHeaderTitle(getTranslation("action-item.progress.title"));
        setWidth("min(34em, 95vw)");
        var what = new Paragraph(item.title());
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Top.NONE);
        status.setId(ID_STATUS);
        status.setLabel(getTranslation("action-item.field.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("action-item-status." + s.name()));
        status.setWidthFull();
        note.setLabel(getTranslation("action-item.field.completion-note"));
        note.setId(ID_NOTE);
        note.setMaxLength(ActionItem.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setMinHeight("6em");
        FieldMessages.applyTo(note);
        binder.forField(status).bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(note).withValidator(Constraints.of(ActionItemChanges.class, "completionNote"))
                .bind(d -> d.note, (d, v) -> d.note = v);
        var draft = new Draft();
        draft.status = item.status();
        draft.note = item.completionNote() == null ? "" : item.completionNote();
        binder.readBean(draft);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(what, status, note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        var entered = new Draft();
        // a note longer than allowed is marked at the field; nothing is sent
        if (!binder.writeBeanIfValid(entered)) {
            return;
        }
        flow.runInDialog(this, () -> progress.store(entered.status, entered.note), this, saved -> {
                    onSaved.accept(saved);
                    Notifications.saved(this);
                });
    }

    /** A refusal at the field it concerns; any other is shown as a message. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "note" -> note;
            case "status" -> status;
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
