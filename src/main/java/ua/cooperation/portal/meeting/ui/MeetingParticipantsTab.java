package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.registry.RegistryLinks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.ParticipantRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The meeting's participants tab: the registry persons who took part and their roles; an editor adds and removes
 * them, and the view saves the whole changed set ({@code onChange}).
 */
class MeetingParticipantsTab extends VerticalLayout {

    private final Grid<MeetingDetails.Participant> grid = new Grid<>();
    private final ComboBox<Choice> person = new ComboBox<>();
    private final Select<ParticipantRole> role = new Select<>();
    private final Consumer<Map<Long, ParticipantRole>> onChange;
    private List<MeetingDetails.Participant> shown = List.of();

    MeetingParticipantsTab(MeetingLookups lookups, boolean mayEdit, Consumer<Map<Long, ParticipantRole>> onChange) {
        this.onChange = onChange;
        setPadding(false);
        grid.setId(MeetingDetailsView.ID_PARTICIPANTS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("meeting.participants.empty"));
        grid.addComponentColumn(p -> p.linkable() ? new Anchor(RegistryLinks.person(p.personId()), p.name())
                        : new Span(p.name())).setKey("name").setHeader(getTranslation("meeting.participants.person"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("participant-role." + p.role().name())).setKey("role")
                .setHeader(getTranslation("meeting.participants.role")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        var adding = adding(lookups);
        adding.setVisible(mayEdit);
        add(grid, adding);
    }

    void show(List<MeetingDetails.Participant> participants) {
        shown = participants;
        grid.setItems(participants);
    }

    private Button removeButton(MeetingDetails.Participant participant) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            var changed = participantMap();
            changed.remove(participant.personId());
            onChange.accept(changed);
        });
        remove.setId("meeting-participant-remove-" + participant.personId());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("meeting.participants.remove"));
        return remove;
    }

    private HorizontalLayout adding(MeetingLookups lookups) {
        person.setId(MeetingDetailsView.ID_PARTICIPANT_PERSON);
        person.setLabel(getTranslation("meeting.participants.person"));
        Pickers.people(person, lookups);
        role.setId(MeetingDetailsView.ID_PARTICIPANT_ROLE);
        role.setLabel(getTranslation("meeting.participants.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("participant-role." + r.name()));
        role.setValue(ParticipantRole.GUEST);
        var add = new Button(getTranslation("meeting.participants.add"), VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() == null || role.getValue() == null) {
                person.setInvalid(person.getValue() == null);
                return;
            }
            var changed = participantMap();
            changed.put(person.getValue().id(), role.getValue());
            person.clear();
            onChange.accept(changed);
        });
        add.setId(MeetingDetailsView.ID_PARTICIPANT_ADD);
        var adding = new HorizontalLayout(person, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        return adding;
    }

    private Map<Long, ParticipantRole> participantMap() {
        var map = new HashMap<Long, ParticipantRole>();
        shown.forEach(p -> map.put(p.personId(), p.role()));
        return map;
    }
}
