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
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;

import java.util.function.Consumer;

/**
 * The owner of an action item moves its status and writes the completion note: the quick update of "my action items"
 * and of the meeting's action items tab. Nothing else of the item can be changed here (the service checks it again).
 */
class ActionItemProgressDialog extends Dialog implements RecordForm {

    static final String ID = "action-item-progress-dialog";
    static final String ID_STATUS = "action-item-progress-status";
    static final String ID_NOTE = "action-item-progress-note";
    static final String ID_SAVE = "action-item-progress-save";

    private final ActionItemService actionItems;
    private final EditFlow<?> flow;
    private final ActionItemView item;
    private final Consumer<ActionItemView> onSaved;
    private final Select<ActionItemStatus> status = new Select<>();
    private final TextArea note = new TextArea();

    ActionItemProgressDialog(ActionItemService actionItems, EditFlow<?> flow, ActionItemView item,
                             Consumer<ActionItemView> onSaved) {
        this.actionItems = actionItems;
        this.flow = flow;
        this.item = item;
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
        status.setValue(item.status());
        status.setWidthFull();
        note.setLabel(getTranslation("action-item.field.completion-note"));
        note.setId(ID_NOTE);
        note.setMaxLength(ActionItem.NOTE_MAX_LENGTH);
        note.setValue(item.completionNote() == null ? "" : item.completionNote());
        note.setWidthFull();
        note.setMinHeight("6em");
        FieldMessages.applyTo(note);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(what, status, note);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        // a note longer than allowed is marked at the field (with Vaadin's own check's message); nothing is sent
        if (note.getMaxLength() > 0 && note.getValue().strip().length() > note.getMaxLength()) {
            note.setErrorMessage(getTranslation("field.too-long", note.getMaxLength()));
            note.setInvalid(true);
            return;
        }
        DialogSaves.save(this, flow, () -> actionItems.updateMyActionItem(item.id(), item.version(),
                status.getValue(), note.getValue(), getLocale()), this, saved -> {
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
