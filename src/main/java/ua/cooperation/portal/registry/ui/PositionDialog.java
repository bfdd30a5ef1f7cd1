package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.registry.NewPosition;
import ua.cooperation.portal.registry.Position;
import ua.cooperation.portal.registry.PositionService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Records a post: from an organisation (choose the person) or from a person (choose the organisation), with the
 * title and the dates. The choice loads lazily as the officer types (through {@link RegistryLookups}); "to" before
 * "from" is refused at the field. It saves through the page's {@link EditFlow}, which answers a conflict, a refusal or
 * a record gone meanwhile as every record page does; the dialog stays open with what was typed unless it is stored.
 */
class PositionDialog extends Dialog {

    static final String ID = "position-dialog";
    static final String ID_CHOICE = "position-choice";
    static final String ID_TITLE = "position-title";
    static final String ID_FROM = "position-from";
    static final String ID_TO = "position-to";
    static final String ID_SAVE = "position-save";

    /** A person or an organisation to choose. */
    record Choice(long id, String label) implements Serializable {
    }

    interface ChoiceSource extends Serializable {
        List<Choice> fetch(Pageable pageable, String filter);
    }

    static final class Draft {
        Choice choice;
        String title;
        LocalDate from;
        LocalDate to;
    }

    final ComboBox<Choice> choice = new ComboBox<>();
    final TextField title = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Binder<Draft> binder = new Binder<>();

    static PositionDialog forOrganisation(long organisationId, RegistryLookups lookups, PositionService positions,
                                          EditFlow<?> flow, Locale locale, Runnable onAdded) {
        return new PositionDialog("position.field.person", (pageable, filter) -> lookups.personChoices(filter,
                pageable), chosen -> new NewPositionParts(chosen, organisationId), positions, flow, locale, onAdded);
    }

    static PositionDialog forPerson(long personId, RegistryLookups lookups, PositionService positions,
                                    EditFlow<?> flow, Locale locale, Runnable onAdded) {
        return new PositionDialog("position.field.organisation", (pageable, filter) ->
                lookups.organisationChoices(filter, pageable, locale),
                chosen -> new NewPositionParts(personId, chosen), positions, flow, locale, onAdded);
    }

    private record NewPositionParts(long personId, long organisationId) {
    }

    private interface Parts extends Serializable {
        NewPositionParts of(long chosenId);
    }

    private PositionDialog(String choiceLabelKey, ChoiceSource source, Parts parts, PositionService positions,
                           EditFlow<?> flow, Locale locale, Runnable onAdded) {
        setId(ID);
        setHeaderTitle(getTranslation("position.add.title"));
        setWidth("min(40em, 95vw)");
        configureFields(choiceLabelKey, source, locale);
        bindFields(choiceLabelKey);

        var form = new FormLayout(choice, title, from, to);
        form.setColspan(choice, 2);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save(parts, positions, flow, locale, onAdded));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void configureFields(String choiceLabelKey, ChoiceSource source, Locale locale) {
        choice.setId(ID_CHOICE);
        choice.setLabel(getTranslation(choiceLabelKey));
        choice.setItemsPageable(source::fetch);
        choice.setItemLabelGenerator(Choice::label);
        choice.setRequiredIndicatorVisible(true);
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("position.field.title"));
        title.setHelperText(getTranslation("position.field.title.helper"));
        title.setMaxLength(Position.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        from.setId(ID_FROM);
        from.setLabel(getTranslation("position.field.from"));
        from.setLocale(locale);
        from.setRequiredIndicatorVisible(true);
        to.setId(ID_TO);
        to.setLabel(getTranslation("position.field.to"));
        to.setHelperText(getTranslation("position.field.to.helper"));
        to.setLocale(locale);
    }

    private void bindFields(String choiceLabelKey) {
        binder.forField(choice).asRequired(getTranslation(choiceLabelKey + ".required"))
                .bind(d -> d.choice, (d, v) -> d.choice = v);
        binder.forField(title).asRequired(getTranslation("position.validation.title-required"))
                .withValidator(Constraints.of(NewPosition.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(from).asRequired(getTranslation("position.validation.from-required"))
                .bind(d -> d.from, (d, v) -> d.from = v);
        var toBinding = binder.forField(to)
                .withValidator(v -> v == null || from.getValue() == null || !v.isBefore(from.getValue()),
                        getTranslation("position.validation.to-before-from"))
                .bind(d -> d.to, (d, v) -> d.to = v);
        from.addValueChangeListener(e -> toBinding.validate());
        binder.readBean(new Draft());
    }

    /** Adds the position if the form is valid; the dialog stays open (with what was typed) if the service refuses. */
    private void save(Parts parts, PositionService positions, EditFlow<?> flow, Locale locale, Runnable onAdded) {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        var ids = parts.of(draft.choice.id());
        var entered = new NewPosition(ids.personId(), ids.organisationId(), draft.title, draft.from, draft.to);
        flow.run(() -> positions.add(entered, locale), RecordForm.NO_FIELDS, added -> {
            close();
            Notifications.saved(this);
            onAdded.run();
        });
    }
}
