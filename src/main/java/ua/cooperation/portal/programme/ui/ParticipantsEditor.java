package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_ORGANISATION;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_ORGANISATIONS;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_ORGANISATION_ADD;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_ORGANISATION_ROLE;

/** The programme form's participating organisations with their roles, edited in place (each pair once). */
class ParticipantsEditor extends VerticalLayout {

    /** A participating organisation as the form lists it. */
    record ParticipantRow(ProgrammeForm.Choice organisation, OrganisationRole role) {
    }

    private final ComboBox<ProgrammeForm.Choice> organisation = new ComboBox<>();
    private final Select<OrganisationRole> role = new Select<>();
    private final Grid<ParticipantRow> grid = new Grid<>();
    private final HorizontalLayout adder;
    private final List<ParticipantRow> participants = new ArrayList<>();
    private boolean readOnly;

    ParticipantsEditor(ProgrammeLookups lookups, Locale locale) {
        setPadding(false);
        setSpacing(false);
        organisation.setId(ID_ORGANISATION);
        organisation.setLabel(getTranslation("programme.field.organisation"));
        organisation.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale));
        organisation.setItemLabelGenerator(ProgrammeForm.Choice::name);
        organisation.setWidth("20em");
        role.setId(ID_ORGANISATION_ROLE);
        role.setLabel(getTranslation("programme.field.role"));
        role.setItems(OrganisationRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("organisation-role." + r.name()));
        var add = new Button(getTranslation("programme.organisation.add"), VaadinIcon.PLUS.create(),
                e -> addParticipant());
        add.setId(ID_ORGANISATION_ADD);
        configureGrid();
        adder = new HorizontalLayout(organisation, role, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.addClassName(LumoUtility.FlexWrap.WRAP);
        add(ProgrammeForm.heading(this, "programme.field.organisations"), adder, grid);
        grid.setItems(participants);
    }

    private void addParticipant() {
        if (organisation.getValue() == null || role.getValue() == null) {
            organisation.setInvalid(organisation.getValue() == null);
            organisation.setErrorMessage(getTranslation("programme.validation.organisation"));
            return;
        }
        var row = new ParticipantRow(organisation.getValue(), role.getValue());
        if (!participants.contains(row)) {
            participants.add(row);
        }
        organisation.clear();
        role.clear();
        grid.setItems(participants);
    }

    private void configureGrid() {
        grid.setId(ID_ORGANISATIONS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("programme.organisations.empty"));
        grid.addColumn(p -> p.organisation().name()).setHeader(getTranslation("programme.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("organisation-role." + p.role().name()))
                .setHeader(getTranslation("programme.field.role")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            var remove = RowLists.removeButton(this, "programme-organisation-remove-" + p.organisation().id()
                    + "-" + p.role().name(), () -> {
                participants.remove(p);
                grid.setItems(participants);
            });
            remove.setVisible(!readOnly);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0).setKey("remove");
    }

    List<ProgrammeChanges.Participant> value() {
        return participants.stream().map(p -> new ProgrammeChanges.Participant(p.organisation().id(), p.role()))
                .toList();
    }

    void setValue(List<ProgrammeDetails.ParticipantItem> items) {
        participants.clear();
        items.forEach(p -> participants.add(new ParticipantRow(new ProgrammeForm.Choice(p.organisationId(),
                p.name() + (p.countryCode() == null ? "" : " · " + p.countryCode())), p.role())));
        grid.setItems(participants);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        adder.setVisible(!readOnly);
        grid.getColumnByKey("remove").setVisible(!readOnly);
    }

    /** The picker, where the service's refusal of an organisation is shown. */
    ComboBox<ProgrammeForm.Choice> picker() {
        return organisation;
    }
}
