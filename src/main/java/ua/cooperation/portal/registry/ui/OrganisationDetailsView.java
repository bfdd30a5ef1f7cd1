package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.meeting.MeetingFilter;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.registry.InvalidParentException;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationDetails;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.registry.RegistryHistory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One organisation in tabs: the overview (a buffered form; officers edit, with a conflict dialog when someone else
 * saved first) and its people (current holders of its posts and past ones, derived from positions). An organisation
 * the user may not see shows the same "not found" page as an id that does not exist.
 */
@Route(RegistryLinks.ORGANISATIONS + "/:" + OrganisationDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class OrganisationDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "organisation-title";
    static final String ID_TABS = "organisation-tabs";
    static final String ID_SAVE = "organisation-save";
    static final String ID_CANCEL = "organisation-cancel";
    static final String ID_CONFLICT_DIALOG = "organisation-conflict";
    static final String ID_COUNTRY_LINK = "organisation-country-link";
    static final String ID_CURRENT = "organisation-current-holders";
    static final String ID_OTHERS = "organisation-past-holders";
    static final String ID_ADD_POSITION = "organisation-add-position";


    private final OrganisationService organisations;
    private final PositionService positions;
    private final PersonService people;
    private final boolean mayEdit;
    private final EditFlow<OrganisationDetails> editFlow;
    private final HorizontalLayout actions = new HorizontalLayout();
    private final H2 title = new H2();
    private final Span typeLabel = new Span();
    private final Anchor countryLink = new Anchor();
    private final Paragraph lastChange = new Paragraph();
    private final OrganisationForm form;
    private final TabSheet tabs = new TabSheet();
    private final PositionsGrid current;
    private final PositionsGrid others;
    private final HistoryTab historyTab;
    private OrganisationDetails shown;

    OrganisationDetailsView(OrganisationService organisations, PositionService positions, PersonService people,
                            CountryPickers countries, RegistryHistory history,
                            RelatedRecords<MeetingFilter> meetings) {
        this.organisations = organisations;
        this.positions = positions;
        this.people = people;
        this.mayEdit = organisations.mayEdit();
        this.editFlow = new EditFlow<>(this, ID_CONFLICT_DIALOG,
                () -> organisations.findVisibleById(shown.id(), getLocale()), this::show, this::backToList);
        setMaxWidth("70em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("organisation.details.back"), OrganisationListView.class);
        back.setId("organisation-back");
        var header = header();
        form = new OrganisationForm(organisations, countries, getLocale());
        var overview = overview();
        current = new PositionsGrid(ID_CURRENT, PositionsGrid.Side.ORGANISATION, positions, mayEdit, getLocale(),
                "organisation.people.no-current", this::showPeople);
        others = new PositionsGrid(ID_OTHERS, PositionsGrid.Side.ORGANISATION, positions, mayEdit, getLocale(),
                "organisation.people.no-past", this::showPeople);
        addTabs(overview, peopleTab(people, positions), meetings);
        historyTab = new HistoryTab("organisation-history", () -> history.ofOrganisation(shown.id(), getLocale()),
                organisations, getLocale());
        historyTab.addTo(tabs, "organisation-tab-history");

        add(back, header, tabs);
    }

    /** The organisation's name, its type and a link to its country. */
    private HorizontalLayout header() {
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        typeLabel.addClassNames("portal-badge");
        typeLabel.setId("organisation-type-label");
        countryLink.setId(ID_COUNTRY_LINK);
        var header = new HorizontalLayout(title, typeLabel, countryLink);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        return header;
    }

    /** The form, with save and discard for those who may edit, and who changed the organisation last. */
    private VerticalLayout overview() {
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var cancel = new Button(getTranslation("action.discard-changes"), e -> readIntoForm(shown));
        cancel.setId(ID_CANCEL);
        actions.add(save, cancel);
        lastChange.setId("organisation-last-change");
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overview = new VerticalLayout(form, actions, lastChange);
        overview.setPadding(false);
        return overview;
    }

    /** Who holds or held a post in the organisation, and adding one. */
    private VerticalLayout peopleTab(PersonService people, PositionService positions) {
        var addPosition = new Button(getTranslation("position.add.title"), VaadinIcon.PLUS.create(),
                e -> PositionDialog.forOrganisation(shown.id(), people, positions, getLocale(), this::showPeople)
                        .open());
        addPosition.setId(ID_ADD_POSITION);
        addPosition.setVisible(mayEdit);
        var peopleTab = new VerticalLayout(addPosition, new H3(getTranslation("organisation.people.current")),
                current, new H3(getTranslation("organisation.people.past")), others);
        peopleTab.setPadding(false);
        return peopleTab;
    }

    private void addTabs(VerticalLayout overview, VerticalLayout peopleTab, RelatedRecords<MeetingFilter> meetings) {
        tabs.setId(ID_TABS);
        tabs.setWidthFull();
        tabs.add(getTranslation("organisation.tab.overview"), overview).setId("organisation-tab-overview");
        tabs.add(getTranslation("organisation.tab.people"), peopleTab).setId("organisation-tab-people");
        // the organisation's meetings, read when their tab is opened
        var meetingsContent = new com.vaadin.flow.component.html.Div();
        var meetingsTab = tabs.add(getTranslation("meeting.list.title"), meetingsContent);
        meetingsTab.setId("organisation-tab-meetings");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == meetingsTab) {
                meetingsContent.removeAll();
                meetingsContent.add(meetings.create("organisation-meetings",
                        MeetingFilter.ofOrganisation(shown.id()), MeetingLinks.ofOrganisation(shown.id())));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID)
                .flatMap(id -> organisations.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
        showPeople();
    }

    private void show(OrganisationDetails details) {
        shown = details;
        title.setText(details.name());
        typeLabel.setText(getTranslation("organisation-type." + details.type().name()));
        // a plain link: features do not reach into each other's ui packages
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(Registry.country(details.countryCode(), getLocale()));
        // what the reader may do comes with the record (AccessPolicy decides it once)
        form.setReadOnly(!details.permissions().mayEdit());
        actions.setVisible(details.permissions().mayEdit());
        readIntoForm(details);
        historyTab.refreshIfShowing(tabs);
        if (details.updatedAt() != null) {
            var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).format(details.updatedAt().atZone(PortalTime.ZONE));
            lastChange.setText(getTranslation("record.last-change", Authors.shown(this, details.updatedBy()), when));
        } else {
            lastChange.setText("");
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void readIntoForm(OrganisationDetails details) {
        form.read(OrganisationChanges.of(details), details.parent());
    }

    private void showPeople() {
        historyTab.refreshIfShowing(tabs);
        var all = positions.findForOrganisation(shown.id(), getLocale());
        current.show(all.stream().filter(p -> p.status() == PositionItem.Status.CURRENT).toList());
        others.show(all.stream().filter(p -> p.status() != PositionItem.Status.CURRENT).toList());
    }

    private void save() {
        form.writeIfValid().ifPresent(changes -> {
            try {
                editFlow.save(() -> organisations.update(changes, getLocale()), form, this::show,
                        stored -> {
                            // an explicit choice to put this user's values over the other save
                            shown = stored;
                            form.rebase(stored.version());
                        },
                        this::save);
            } catch (InvalidParentException cycle) {
                form.parentRefused();
            }
        });
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(OrganisationListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("organisation.list.title") : shown.name();
    }
}
