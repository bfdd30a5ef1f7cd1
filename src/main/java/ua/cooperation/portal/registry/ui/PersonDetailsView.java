package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import ua.cooperation.portal.base.ui.CountryPickers;
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

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One person in tabs: the overview (buffered form, conflict dialog) and their posts (current, past, upcoming). A
 * person the user may not see shows the same "not found" page as an id that does not exist.
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
    private final H2 title = new H2();
    private final Span latin = new Span();
    private final Anchor countryLink = new Anchor();
    private final Paragraph lastChange = new Paragraph();
    private final PersonForm form;
    private final EditFlow<PersonDetails> editFlow;
    private final HorizontalLayout actions = new HorizontalLayout();
    private final PositionsGrid posts;
    private final TabSheet tabs;
    private final HistoryTab historyTab;
    private PersonDetails shown;

    PersonDetailsView(PersonService people, PositionService positions, OrganisationService organisations,
                      CountryPickers countries, RegistryHistory history,
                      RelatedRecords<MeetingFilter> meetings) {
        this.people = people;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT_DIALOG, () -> people.findVisibleById(shown.id()), this::show,
                this::backToList);
        this.positions = positions;
        boolean mayEdit = people.mayEdit();
        setMaxWidth("70em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("person.details.back"), PersonListView.class);
        back.setId("person-back");
        var header = header();
        form = new PersonForm(people, countries, getLocale());
        var overview = overview();
        posts = new PositionsGrid(ID_POSITIONS, PositionsGrid.Side.PERSON, positions, mayEdit, getLocale(),
                "person.positions.empty", this::showPositions);
        tabs = new TabSheet();
        addTabs(overview, postsTab(organisations, positions, mayEdit), meetings);
        historyTab = new HistoryTab("person-history", () -> history.ofPerson(shown.id(), getLocale()),
                organisations, getLocale());
        historyTab.addTo(tabs, "person-tab-history");
        add(back, header, tabs);
    }

    /** The person's name, in Latin letters too, and a link to their country. */
    private HorizontalLayout header() {
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        latin.setId("person-latin-name");
        latin.addClassName(LumoUtility.TextColor.SECONDARY);
        countryLink.setId("person-country-link");
        var header = new HorizontalLayout(title, latin, countryLink);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        return header;
    }

    /** The form, with save and discard for those who may edit, and who changed the person last. */
    private VerticalLayout overview() {
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var cancel = new Button(getTranslation("action.discard-changes"), e -> form.read(PersonChanges.of(shown)));
        cancel.setId(ID_CANCEL);
        actions.add(save, cancel);
        lastChange.setId("person-last-change");
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overview = new VerticalLayout(form, actions, lastChange);
        overview.setPadding(false);
        return overview;
    }

    /** The posts the person holds or held, and adding one. */
    private VerticalLayout postsTab(OrganisationService organisations, PositionService positions, boolean mayEdit) {
        var addPosition = new Button(getTranslation("position.add.title"), VaadinIcon.PLUS.create(),
                e -> PositionDialog.forPerson(shown.id(), organisations, positions, getLocale(), this::showPositions)
                        .open());
        addPosition.setId(ID_ADD_POSITION);
        addPosition.setVisible(mayEdit);
        var postsTab = new VerticalLayout(addPosition, posts);
        postsTab.setPadding(false);
        return postsTab;
    }

    private void addTabs(VerticalLayout overview, VerticalLayout postsTab, RelatedRecords<MeetingFilter> meetings) {
        tabs.setId(ID_TABS);
        tabs.setWidthFull();
        tabs.add(getTranslation("person.tab.overview"), overview).setId("person-tab-overview");
        tabs.add(getTranslation("person.tab.positions"), postsTab).setId("person-tab-positions");
        // the meetings the person took part in, read when their tab is opened
        var meetingsContent = new com.vaadin.flow.component.html.Div();
        var meetingsTab = tabs.add(getTranslation("meeting.list.title"), meetingsContent);
        meetingsTab.setId("person-tab-meetings");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == meetingsTab && shown != null) {
                meetingsContent.removeAll();
                meetingsContent.add(meetings.create("person-meetings",
                        MeetingFilter.ofParticipant(shown.id()), MeetingLinks.ofParticipant(shown.id())));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID)
                .flatMap(people::findVisibleById);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
        showPositions();
    }

    private void show(PersonDetails details) {
        shown = details;
        title.setText(details.fullName());
        var latinName = ((details.givenNameLatin() == null ? "" : details.givenNameLatin()) + " "
                + (details.familyNameLatin() == null ? "" : details.familyNameLatin())).strip();
        latin.setText(latinName.equals(details.fullName()) ? "" : latinName);
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(Registry.country(details.countryCode(), getLocale()));
        // what the reader may do comes with the record (AccessPolicy decides it once)
        form.setReadOnly(!details.permissions().mayEdit());
        actions.setVisible(details.permissions().mayEdit());
        form.read(PersonChanges.of(details));
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
