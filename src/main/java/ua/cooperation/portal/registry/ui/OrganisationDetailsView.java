package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.FollowSlot;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.base.ui.TranslationStatus;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationDetails;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.registry.RegistryHistory;

/**
 * One organisation in tabs: the overview (a buffered form; officers edit, with a conflict dialog when someone else
 * saved first) and its people (current holders of its posts and past ones, derived from positions). An organisation
 * the user may not see shows the same "not found" page as an id that does not exist. What the reader may do comes
 * with the record ({@link OrganisationDetails#permissions()}).
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
    static final String ID_TRANSLATIONS = "organisation-translations";
    static final String ID_TRANSLATION_STATUS = "organisation-translation-status";

    private final OrganisationService organisations;
    private final PositionService positions;
    private final EditFlow<OrganisationDetails> editFlow;
    private final H2 title = new H2();
    private final FollowSlot<TextOwnerKind> follow;
    private final Span typeLabel = new Span();
    private final Anchor countryLink = new Anchor();
    private final OrganisationForm form;
    private final RegistryOverview overview;
    private final TabSheet tabs = new TabSheet();
    private final Button addPosition;
    private final PositionsGrid current;
    private final PositionsGrid others;
    private final HistoryTab historyTab;
    // staff: the way to the Lithuanian and Polish names and which are still missing (ADR 0040)
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final HorizontalLayout translations = new HorizontalLayout(translationsLink, translationStatus);
    private OrganisationDetails shown;

    OrganisationDetailsView(OrganisationService organisations, PositionService positions, RegistryLookups lookups,
                            RegistryHistory history, RelatedRecords<MeetingFilter> meetings,
                            RelatedRecords<PartnershipFilter> partnerships, FollowButtons<TextOwnerKind> follows,
                            RelatedRecords<VisitFilter> visits) {
        this.organisations = organisations;
        this.follow = new FollowSlot<>(follows, TextOwnerKind.ORGANISATION);
        this.positions = positions;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT_DIALOG,
                () -> organisations.findVisibleById(shown.id(), getLocale()), this::show, this::backToList);
        setMaxWidth("70em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("organisation.details.back"), OrganisationListView.class);
        back.setId("organisation-back");
        typeLabel.addClassNames("portal-badge");
        typeLabel.setId("organisation-type-label");
        countryLink.setId(ID_COUNTRY_LINK);
        var header = Registry.header(title, ID_TITLE, typeLabel, countryLink);
        header.add(follow);
        translationsLink.setId(ID_TRANSLATIONS);
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.setId(ID_TRANSLATION_STATUS);
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        translations.setAlignItems(Alignment.BASELINE);
        form = new OrganisationForm(lookups, getLocale());
        overview = new RegistryOverview("organisation", form, form::setReadOnly, this::save,
                () -> readIntoForm(shown));
        current = new PositionsGrid(ID_CURRENT, PositionsGrid.Side.ORGANISATION, positions, getLocale(),
                "organisation.people.no-current", this::showPeople);
        others = new PositionsGrid(ID_OTHERS, PositionsGrid.Side.ORGANISATION, positions, getLocale(),
                "organisation.people.no-past", this::showPeople);
        addPosition = new Button(getTranslation("position.add.title"), VaadinIcon.PLUS.create(),
                e -> PositionDialog.forOrganisation(shown.id(), lookups, positions, editFlow, getLocale(),
                        this::showPeople).open());
        addPosition.setId(ID_ADD_POSITION);
        var peopleTab = new VerticalLayout(addPosition, new H3(getTranslation("organisation.people.current")),
                current, new H3(getTranslation("organisation.people.past")), others);
        peopleTab.setPadding(false);

        tabs.setId(ID_TABS);
        tabs.setWidthFull();
        tabs.add(getTranslation("organisation.tab.overview"), overview).setId("organisation-tab-overview");
        tabs.add(getTranslation("organisation.tab.people"), peopleTab).setId("organisation-tab-people");
        addRelatedTabs(meetings, partnerships, visits);
        historyTab = new HistoryTab("organisation-history", () -> history.ofOrganisation(shown.id(), getLocale()),
                organisations, getLocale());
        historyTab.addTo(tabs, "organisation-tab-history");

        add(back, header, translations, tabs);
    }

    /** The organisation's meetings, partnerships and visits, each read when its tab is opened. */
    private void addRelatedTabs(RelatedRecords<MeetingFilter> meetings, RelatedRecords<PartnershipFilter> partnerships,
                                RelatedRecords<VisitFilter> visits) {
        // its meetings
        Registry.addFreshTab(tabs, getTranslation("meeting.list.title"), "organisation-tab-meetings",
                () -> meetings.create("organisation-meetings", MeetingFilter.ofOrganisation(shown.id()),
                        MeetingLinks.ofOrganisation(shown.id())));
        // its partnerships, as the partner or as the Ukrainian institution of a partnership between institutions
        Registry.addFreshTab(tabs, getTranslation("partnership.list.title"), "organisation-tab-partnerships",
                () -> partnerships.create("organisation-partnerships", PartnershipFilter.ofOrganisation(shown.id()),
                        PartnershipLinks.ofOrganisation(shown.id())));
        // the visits it hosts (issue 22)
        Registry.addFreshTab(tabs, getTranslation("country.visits"), "organisation-tab-visits",
                () -> visits.create("organisation-visits", VisitFilter.ofOrganisation(shown.id()),
                        VisitLinks.ofOrganisation(shown.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.id(event, PARAM_ID).flatMap(id -> organisations.findVisibleById(id, getLocale()))
                .ifPresentOrElse(found -> {
                    show(found);
                    showPeople();
                }, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(OrganisationDetails details) {
        shown = details;
        follow.show(details.id());
        title.setText(details.name());
        typeLabel.setText(getTranslation("organisation-type." + details.type().name()));
        // a plain link: features do not reach into each other's ui packages
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(Registry.country(details.countryCode(), getLocale()));
        overview.show(details.permissions(), details.updatedAt(), details.updatedBy());
        boolean mayEdit = details.permissions().mayEdit();
        translations.setVisible(mayEdit);
        if (mayEdit) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.ORGANISATION, details.id()));
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        addPosition.setVisible(mayEdit);
        current.setEditable(mayEdit);
        others.setEditable(mayEdit);
        readIntoForm(details);
        historyTab.refreshIfShowing(tabs);
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

    /** One call of the kit's save: a parent that would make a cycle is refused at the parent field. */
    private void save() {
        form.writeIfValid().ifPresent(changes -> editFlow.save(() -> organisations.update(changes, getLocale()), form,
                this::show, stored -> {
                    // an explicit choice to put this user's values over the other save
                    shown = stored;
                    form.rebase(stored.version());
                }, this::save));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(OrganisationListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("organisation.list.title") : shown.name();
    }
}
