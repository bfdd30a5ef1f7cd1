package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.country.CountryLinks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import ua.cooperation.portal.meeting.MeetingFilter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonDetails;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.registry.RegistryHistory;

/**
 * One person in tabs: the overview (buffered form, conflict dialog) and their posts (current, past, upcoming). A
 * person the user may not see shows the same "not found" page as an id that does not exist. What the reader may do
 * comes with the record ({@link PersonDetails#permissions()}).
 */
@Route(RegistryLinks.PEOPLE + "/:" + PersonDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class PersonDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "person-title";
    static final String ID_TABS = "person-tabs";
    static final String ID_SAVE = "person-save";
    static final String ID_CANCEL = "person-cancel";
    static final String ID_CONFLICT_DIALOG = "person-conflict";
    static final String ID_POSITIONS = "person-positions";
    static final String ID_ADD_POSITION = "person-add-position";

    private final PersonService people;
    private final PositionService positions;
    private final EditFlow<PersonDetails> editFlow;
    private final H2 title = new H2();
    private final Span latin = new Span();
    private final Anchor countryLink = new Anchor();
    private final PersonForm form;
    private final RegistryOverview overview;
    private final TabSheet tabs = new TabSheet();
    private final Button addPosition;
    private final PositionsGrid posts;
    private final HistoryTab historyTab;
    private PersonDetails shown;

    PersonDetailsView(PersonService people, PositionService positions, OrganisationService organisations,
                      RegistryLookups lookups, RegistryHistory history, RelatedRecords<MeetingFilter> meetings) {
        this.people = people;
        this.positions = positions;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT_DIALOG, () -> people.findVisibleById(shown.id()), this::show,
                this::backToList);
        setMaxWidth("70em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("person.details.back"), PersonListView.class);
        back.setId("person-back");
        latin.setId("person-latin-name");
        latin.addClassName(LumoUtility.TextColor.SECONDARY);
        countryLink.setId("person-country-link");
        var header = Registry.header(title, ID_TITLE, latin, countryLink);
        form = new PersonForm(lookups, getLocale());
        overview = new RegistryOverview("person", form, form::setReadOnly, this::save,
                () -> form.read(PersonChanges.of(shown)));
        posts = new PositionsGrid(ID_POSITIONS, PositionsGrid.Side.PERSON, positions, getLocale(),
                "person.positions.empty", this::showPositions);
        addPosition = new Button(getTranslation("position.add.title"), VaadinIcon.PLUS.create(),
                e -> PositionDialog.forPerson(shown.id(), lookups, positions, editFlow, getLocale(),
                        this::showPositions).open());
        addPosition.setId(ID_ADD_POSITION);
        var postsTab = new VerticalLayout(addPosition, posts);
        postsTab.setPadding(false);

        tabs.setId(ID_TABS);
        tabs.setWidthFull();
        tabs.add(getTranslation("person.tab.overview"), overview).setId("person-tab-overview");
        tabs.add(getTranslation("person.tab.positions"), postsTab).setId("person-tab-positions");
        // the meetings the person took part in, read when their tab is opened
        Registry.addFreshTab(tabs, getTranslation("meeting.list.title"), "person-tab-meetings",
                () -> meetings.create("person-meetings", MeetingFilter.ofParticipant(shown.id()),
                        MeetingLinks.ofParticipant(shown.id())));
        historyTab = new HistoryTab("person-history", () -> history.ofPerson(shown.id(), getLocale()),
                organisations, getLocale());
        historyTab.addTo(tabs, "person-tab-history");
        add(back, header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.id(event, PARAM_ID).flatMap(people::findVisibleById).ifPresentOrElse(found -> {
            show(found);
            showPositions();
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(PersonDetails details) {
        shown = details;
        title.setText(details.fullName());
        var latinName = ((details.givenNameLatin() == null ? "" : details.givenNameLatin()) + " "
                + (details.familyNameLatin() == null ? "" : details.familyNameLatin())).strip();
        latin.setText(latinName.equals(details.fullName()) ? "" : latinName);
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(Registry.country(details.countryCode(), getLocale()));
        overview.show(details.permissions(), details.updatedAt(), details.updatedBy());
        addPosition.setVisible(details.permissions().mayEdit());
        posts.setEditable(details.permissions().mayEdit());
        form.read(PersonChanges.of(details));
        historyTab.refreshIfShowing(tabs);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showPositions() {
        posts.show(positions.findForPerson(shown.id(), getLocale()));
        historyTab.refreshIfShowing(tabs);
    }

    private void save() {
        form.writeIfValid().ifPresent(changes -> editFlow.save(() -> people.update(changes), form, this::show,
                stored -> {
                    // an explicit choice to put this user's values over the other save
                    shown = stored;
                    form.rebase(stored.version());
                },
                this::save));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(PersonListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("person.list.title") : shown.fullName();
    }
}
