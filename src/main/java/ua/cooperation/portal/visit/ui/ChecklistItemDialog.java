package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.visit.ChecklistItemChanges;
import ua.cooperation.portal.visit.ChecklistItemView;
import ua.cooperation.portal.visit.ChecklistKind;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Adds a logistics checklist item or changes one: what, of which kind, whose, by when, done. */
class ChecklistItemDialog extends Dialog implements RecordForm {

    static final String ID = "visit-checklist-dialog";
    static final String ID_TITLE = "visit-checklist-title";
    static final String ID_KIND = "visit-checklist-kind";
    static final String ID_OWNER = "visit-checklist-owner";
    static final String ID_DUE = "visit-checklist-due";
    static final String ID_DONE = "visit-checklist-done";
    static final String ID_SAVE = "visit-checklist-save";

    static final class Draft {
        String title;
        ChecklistKind kind;
        Choice owner;
        LocalDate dueOn;
        boolean done;
    }

    private final TextField title = new TextField();
    private final Select<ChecklistKind> kind = new Select<>();
    private final ComboBox<Choice> owner = new ComboBox<>();
    private final DatePicker dueOn = new DatePicker();
    private final Checkbox done = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();

    ChecklistItemDialog(EditFlow<?> flow, VisitLookups lookups, ChecklistItemView existing,
                        Consumer<ChecklistItemChanges> store, Runnable onSaved) {
        setId(ID);
        setHeaderTitle(getTranslation(existing == null ? "visit.checklist.new" : "visit.checklist.edit"));
        setWidth("min(36em, 95vw)");
        fields(lookups);
        bind();
        var draft = new Draft();
        draft.kind = ChecklistKind.OTHER;
        if (existing != null) {
            draft.title = existing.title();
            draft.kind = existing.kind();
            draft.owner = existing.ownerUserId() == null ? null
                    : new Choice(existing.ownerUserId(), existing.ownerName());
            draft.dueOn = existing.dueOn();
            draft.done = existing.done();
        }
        binder.readBean(draft);
        var form = new FormLayout(title, kind, owner, dueOn, done);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FieldMessages.applyTo(form);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> {
            var entered = new Draft();
            if (!binder.writeBeanIfValid(entered)) {
                return;
            }
            var changes = new ChecklistItemChanges(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), entered.title, entered.kind,
                    entered.owner == null ? null : entered.owner.id(), entered.dueOn, entered.done);
            flow.runInDialog(this, () -> {
                store.accept(changes);
                return changes;
            }, this, saved -> onSaved.run());
        });
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fields(VisitLookups lookups) {
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("visit.checklist.title"));
        title.setMaxLength(300);
        kind.setId(ID_KIND);
        kind.setLabel(getTranslation("visit.checklist.kind"));
        kind.setItems(ChecklistKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("checklist-kind." + k.name()));
        owner.setId(ID_OWNER);
        owner.setLabel(getTranslation("visit.checklist.owner"));
        owner.setItemsPageable((pageable, filter) -> lookups.staff(filter, pageable));
        owner.setItemLabelGenerator(Choice::name);
        owner.setClearButtonVisible(true);
        dueOn.setId(ID_DUE);
        dueOn.setLabel(getTranslation("visit.checklist.due"));
        dueOn.setLocale(getLocale());
        dueOn.setClearButtonVisible(true);
        done.setId(ID_DONE);
        done.setLabel(getTranslation("visit.checklist.done"));
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("visit.checklist.validation.title"))
                .withValidator(Constraints.of(ChecklistItemChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(kind).asRequired(getTranslation("visit.checklist.validation.kind"))
                .bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(owner).bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(dueOn).bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        binder.forField(done).bind(d -> d.done, (d, v) -> d.done = v);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = "owner".equals(refusal.field()) ? owner : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }
}
