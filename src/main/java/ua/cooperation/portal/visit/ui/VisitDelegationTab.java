package ua.cooperation.portal.visit.ui;

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
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.visit.DelegationRole;
import ua.cooperation.portal.visit.VisitDetails;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The visit's delegation: registry persons (with their organisations) and staff members, each with a role; an editor
 * adds and removes them and the view saves the whole changed delegation. A partner reads staff members as the office.
 */
class VisitDelegationTab extends VerticalLayout {

    static final String ID_GRID = "visit-delegation-grid";
    static final String ID_PERSON = "visit-delegation-person";
    static final String ID_USER = "visit-delegation-user";
    static final String ID_ROLE = "visit-delegation-role";
    static final String ID_ADD = "visit-delegation-add";

    private final Grid<VisitDetails.Member> grid = new Grid<>();
    private final ComboBox<Choice> person = new ComboBox<>();
    private final ComboBox<Choice> user = new ComboBox<>();
    private final Select<DelegationRole> role = new Select<>();
    private final BiConsumer<Map<Long, DelegationRole>, Map<Long, DelegationRole>> onChange;
    private List<VisitDetails.Member> shown = List.of();

    VisitDelegationTab(VisitLookups lookups, boolean mayEdit,
                       BiConsumer<Map<Long, DelegationRole>, Map<Long, DelegationRole>> onChange) {
        this.onChange = onChange;
        setPadding(false);
        grid.setId(ID_GRID);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("visit.delegation.empty"));
        grid.addComponentColumn(m -> m.name() == null ? new Span(getTranslation("visit.delegation.office"))
                        : m.personId() != null && m.linkable() ? new Anchor(RegistryLinks.person(m.personId()), m.name())
                        : new Span(m.name())).setKey("name").setHeader(getTranslation("visit.delegation.member"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.organisation() == null ? "" : m.organisation()).setKey("organisation")
                .setHeader(getTranslation("visit.delegation.organisation")).setFlexGrow(2);
        grid.addColumn(m -> m.name() == null ? "" : getTranslation("delegation-role." + m.role().name()))
                .setKey("role").setHeader(getTranslation("visit.delegation.role")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        var adding = adding(lookups);
        adding.setVisible(mayEdit);
        add(grid, adding);
    }

    void show(List<VisitDetails.Member> delegation) {
        shown = delegation;
        grid.setItems(delegation);
    }

    private Button removeButton(VisitDetails.Member member) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            var persons = persons();
            var users = users();
            if (member.personId() != null) {
                persons.remove(member.personId());
            } else if (member.userId() != null) {
                users.remove(member.userId());
            }
            onChange.accept(persons, users);
        });
        remove.setId("visit-delegation-remove-" + (member.personId() != null ? "person-" + member.personId()
                : "user-" + member.userId()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("visit.delegation.remove"));
        remove.setVisible(member.name() != null);
        return remove;
    }

    private HorizontalLayout adding(VisitLookups lookups) {
        person.setId(ID_PERSON);
        person.setLabel(getTranslation("visit.delegation.person"));
        person.setItemsPageable((pageable, filter) -> lookups.people(filter, pageable));
        person.setItemLabelGenerator(Choice::name);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                user.clear();
            }
        });
        user.setId(ID_USER);
        user.setLabel(getTranslation("visit.delegation.user"));
        user.setItemsPageable((pageable, filter) -> lookups.staff(filter, pageable));
        user.setItemLabelGenerator(Choice::name);
        user.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                person.clear();
            }
        });
        role.setId(ID_ROLE);
        role.setLabel(getTranslation("visit.delegation.role"));
        role.setItems(DelegationRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("delegation-role." + r.name()));
        role.setValue(DelegationRole.MEMBER);
        var add = new Button(getTranslation("visit.delegation.add"), VaadinIcon.PLUS.create(), e -> {
            if ((person.getValue() == null && user.getValue() == null) || role.getValue() == null) {
                person.setInvalid(true);
                return;
            }
            var persons = persons();
            var users = users();
            if (person.getValue() != null) {
                persons.put(person.getValue().id(), role.getValue());
            } else {
                users.put(user.getValue().id(), role.getValue());
            }
            person.clear();
            user.clear();
            onChange.accept(persons, users);
        });
        add.setId(ID_ADD);
        var adding = new HorizontalLayout(person, user, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap.WRAP);
        return adding;
    }

    private Map<Long, DelegationRole> persons() {
        var map = new HashMap<Long, DelegationRole>();
        shown.stream().filter(m -> m.personId() != null).forEach(m -> map.put(m.personId(), m.role()));
        return map;
    }

    private Map<Long, DelegationRole> users() {
        var map = new HashMap<Long, DelegationRole>();
        shown.stream().filter(m -> m.userId() != null).forEach(m -> map.put(m.userId(), m.role()));
        return map;
    }
}
