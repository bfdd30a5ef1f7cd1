package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.RecordOverview;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.country.CountryLinks;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.practice.PracticeFilter;
import ua.cooperation.portal.practice.PracticeLinks;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.visit.DelegationRole;
import ua.cooperation.portal.visit.VisitCalendar;
import ua.cooperation.portal.visit.VisitChecklistService;
import ua.cooperation.portal.visit.VisitDetails;
import ua.cooperation.portal.visit.VisitItineraryService;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitReportService;
import ua.cooperation.portal.visit.VisitService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One visit in tabs: the overview (officers press "Edit" for a buffered form), its delegation, its programme day by
 * day, its logistics checklist (staff only), its report with the outcomes, the practices learnt or shared on it (and
 * for editors "record a practice from this visit"), its documents and its history. A visit the user may not see shows
 * the same "not found" page as an id that does not exist.
 */
@Route(VisitLinks.ROUTE + "/:" + VisitDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class VisitDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "visit-title";
    static final String ID_SUMMARY = "visit-summary";
    static final String ID_CONFLICT = "visit-conflict";
    static final String ID_ICS = "visit-ics";
    static final String ID_HISTORY = "visit-history";
    static final String ID_PRACTICES = "visit-practices";
    static final String ID_NEW_PRACTICE = "visit-new-practice";

    private final VisitService visits;
    private final DocumentsPanels<DocumentOwnerKind> documents;
    private final RelatedRecords<PracticeFilter> practices;
    private final H2 title = new H2();
    private final Span directionBadge = new Span();
    private final Span stateBadge = new Span();
    private final Span sharedBadge = new Span();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout links = new HorizontalLayout();
    private final Anchor translationsLink = new Anchor();
    private final Paragraph lastChange = new Paragraph();
    private final RecordOverview<VisitForm> overview;
    private final LazyContent<VisitDelegationTab> delegationContent;
    private final LazyContent<VisitProgrammeTab> programmeContent;
    private final LazyContent<VisitChecklistTab> checklistContent;
    private final LazyContent<VisitReportTab> reportContent;
    private final TabSheet tabs = new TabSheet();
    private final Div practicesContent = new Div();
    private final Div documentsContent = new Div();
    private final Div historyContent = new Div();
    private Tab delegationTab;
    private Tab programmeTab;
    private Tab checklistTab;
    private Tab reportTab;
    private Tab practicesTab;
    private Tab documentsTab;
    private Tab historyTab;
    private final EditFlow<VisitDetails> editFlow;
    private VisitDetails shown;

    VisitDetailsView(VisitService visits, VisitItineraryService itinerary, VisitChecklistService checklist,
                     VisitReportService reports, VisitCalendar calendar, DocumentsPanels<DocumentOwnerKind> documents,
                     RelatedRecords<PracticeFilter> practices, VisitLookups lookups) {
        this.visits = visits;
        this.documents = documents;
        this.practices = practices;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT, () -> visits.findVisibleById(shown.id(), getLocale()),
                this::show, this::backToList);
        delegationContent = new LazyContent<>(() -> new VisitDelegationTab(lookups, mayEdit(),
                this::saveDelegation));
        programmeContent = new LazyContent<>(() -> new VisitProgrammeTab(itinerary, editFlow, () -> shown,
                editFlow::reload));
        checklistContent = new LazyContent<>(() -> new VisitChecklistTab(checklist, lookups, editFlow, () -> shown));
        reportContent = new LazyContent<>(() -> new VisitReportTab(reports, lookups, editFlow, () -> shown,
                this::show));
        setMaxWidth("80em");
        addClassName("portal-details-view");
        var back = new RouterLink(getTranslation("visit.back"), VisitListView.class);
        back.setId("visit-back");
        overview = new RecordOverview<>("visit", () -> new VisitForm(lookups, getLocale()),
                form -> form.read(shown), this::save);
        add(back, header(calendar), summary, links, tabs());
    }

    private HorizontalLayout header(VisitCalendar calendar) {
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        directionBadge.addClassName("portal-badge");
        directionBadge.setId("visit-direction-badge");
        stateBadge.addClassName("portal-badge");
        stateBadge.setId("visit-state-badge");
        sharedBadge.addClassNames("portal-badge", "portal-badge-partner");
        var ics = new Anchor(icsDownload(calendar), AttachmentType.DOWNLOAD, getTranslation("meeting.ics.download"));
        ics.setId(ID_ICS);
        var header = new HorizontalLayout(title, directionBadge, stateBadge, sharedBadge, ics);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        links.setId("visit-links");
        links.addClassName(LumoUtility.FlexWrap.WRAP);
        translationsLink.setId("visit-translations");
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        return header;
    }

    private TabSheet tabs() {
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);
        practicesContent.setId(ID_PRACTICES);
        practicesContent.setWidthFull();
        documentsContent.setId("visit-documents");
        documentsContent.setWidthFull();
        historyContent.setId(ID_HISTORY);
        tabs.setId("visit-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("visit-tab-overview");
        delegationTab = tab("visit.tab.delegation", delegationContent, "visit-tab-delegation");
        programmeTab = tab("visit.tab.programme", programmeContent, "visit-tab-programme");
        checklistTab = tab("visit.tab.logistics", checklistContent, "visit-tab-logistics");
        reportTab = tab("visit.tab.report", reportContent, "visit-tab-report");
        practicesTab = tab("visit.tab.practices", practicesContent, "visit-tab-practices");
        documentsTab = tab("visit.tab.documents", documentsContent, "visit-tab-documents");
        historyTab = tab("history.tab", historyContent, "visit-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        return tabs;
    }

    private Tab tab(String labelKey, Component content, String id) {
        var tab = tabs.add(getTranslation(labelKey), content);
        tab.setId(id);
        return tab;
    }

    /** The shown visit as an .ics file (all-day), checked against the scope again when the link is followed. */
    private com.vaadin.flow.server.streams.DownloadHandler icsDownload(VisitCalendar calendar) {
        var locale = getLocale();
        return event -> {
            var ics = shown == null ? Optional.<String>empty() : calendar.icsOf(shown.id(), locale);
            if (ics.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            var bytes = ics.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            event.setFileName("visit-" + shown.id() + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    private boolean mayEdit() {
        return shown != null && shown.permissions().mayEdit();
    }

    private void saveDelegation(Map<Long, DelegationRole> persons, Map<Long, DelegationRole> staff) {
        editFlow.run(() -> visits.updateDelegation(shown.id(), shown.version(), persons, staff, getLocale()),
                RecordForm.NO_FIELDS, this::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(id -> visits.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(VisitDetails details) {
        shown = details;
        var shownTitle = details.texts().get("title");
        title.setText(shownTitle.text());
        title.getElement().setAttribute("lang", shownTitle.language());
        directionBadge.setText(getTranslation("visit-direction." + details.direction().name()));
        stateBadge.setText(getTranslation("visit-state." + details.state().name()));
        sharedBadge.setText(getTranslation("meeting.shared-badge"));
        sharedBadge.setVisible(details.sharedWithPartners() && details.permissions().showsInternal());
        overview.setEditable(details.permissions().mayEdit());
        summary.setText(summaryText(details));
        showLinks(details);
        overview.show(facts(details));
        lastChange.setText(details.updatedAt() == null ? "" : getTranslation("record.last-change",
                Authors.shown(this, details.updatedBy()), VisitTexts.dateTime(details.updatedAt(), getLocale())));
        // the logistics checklist is the office's own: a partner has no such tab
        checklistTab.setVisible(details.permissions().showsInternal());
        refreshSelectedTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showLinks(VisitDetails details) {
        links.removeAll();
        for (var code : details.countryCodes()) {
            var link = new Anchor(CountryLinks.details(code), CountryNames.displayName(code, getLocale()));
            link.setId("visit-country-" + code);
            links.add(link);
        }
        if (details.hostOrganisation() != null && details.hostOrganisation().linkable()) {
            var link = new Anchor(RegistryLinks.organisation(details.hostOrganisation().id()),
                    details.hostOrganisation().name());
            link.setId("visit-host-organisation-link");
            links.add(link);
        }
        if (details.permissions().mayEdit()) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.VISIT, details.id()));
            links.add(translationsLink);
        }
    }

    private List<RecordOverview.Fact> facts(VisitDetails d) {
        var facts = new ArrayList<RecordOverview.Fact>();
        facts.add(overview.fact("direction", "visit.field.direction",
                getTranslation("visit-direction." + d.direction().name())));
        facts.add(TranslatedTexts.fact(overview, "title", "visit.field.title", d.texts().get("title")));
        facts.add(overview.fact("dates", "visit.field.dates", VisitTexts.period(d.startsOn(), d.endsOn(), getLocale())));
        facts.add(overview.fact("host-country", "visit.field.host-country",
                CountryNames.displayName(d.hostCountryCode(), getLocale())));
        facts.add(overview.fact("city", "visit.field.city", d.city()));
        facts.add(overview.fact("host-organisation", "visit.field.host-organisation",
                d.hostOrganisation() == null ? null : d.hostOrganisation().name()));
        facts.add(overview.fact("countries", "visit.field.countries", d.countryCodes().stream()
                .map(code -> CountryNames.displayName(code, getLocale())).sorted().collect(Collectors.joining(", "))));
        facts.add(overview.fact("areas", "visit.field.areas", d.areas().stream()
                .map(a -> getTranslation("cooperation-area." + a.name())).sorted().collect(Collectors.joining(", "))));
        facts.add(overview.fact("target-groups", "visit.field.target-groups", d.targetGroups().stream()
                .map(g -> getTranslation("target-group." + g.name())).sorted().collect(Collectors.joining(", "))));
        if (d.responsible() != null) {
            facts.add(overview.fact("responsible", "visit.field.responsible", d.responsible().name()));
        }
        facts.add(TranslatedTexts.fact(overview, "purpose", "visit.field.purpose", d.texts().get("purpose")));
        if (d.permissions().showsInternal()) {
            facts.add(overview.fact("internal-notes", "visit.field.internal-notes", d.internalNotes()));
            facts.add(overview.fact("shared", "visit.field.shared", d.sharedWithPartners()));
        }
        return facts;
    }

    private String summaryText(VisitDetails d) {
        var parts = new ArrayList<String>();
        parts.add(VisitTexts.period(d.startsOn(), d.endsOn(), getLocale()));
        parts.add(CountryNames.displayName(d.hostCountryCode(), getLocale())
                + (d.city() == null ? "" : ", " + d.city()));
        if (d.hostOrganisation() != null) {
            parts.add(d.hostOrganisation().name());
        }
        return String.join(" · ", parts);
    }

    private void refreshSelectedTab() {
        if (shown == null) {
            return;
        }
        var selected = tabs.getSelectedTab();
        if (selected == delegationTab) {
            delegationContent.get().show(shown.delegation());
        } else if (selected == programmeTab) {
            programmeContent.get().refresh();
        } else if (selected == checklistTab && shown.permissions().showsInternal()) {
            checklistContent.get().refresh();
        } else if (selected == reportTab) {
            reportContent.get().refresh();
        } else if (selected == practicesTab) {
            showPractices();
        } else if (selected == documentsTab) {
            documentsContent.removeAll();
            documentsContent.add(documents.create(DocumentOwnerKind.VISIT, shown.id(),
                    shown.permissions().mayUpload(), "visit"));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            var texts = new VisitHistoryTexts(this, getLocale(), shown);
            historyContent.add(new HistoryList(visits.historyOf(shown.id()), texts::fieldLabel, texts::valueText));
        }
    }

    /** The practices learnt or shared on this visit, and for editors the way to record one from it. */
    private void showPractices() {
        practicesContent.removeAll();
        if (shown.permissions().mayEdit()) {
            var record = new Anchor(PracticeLinks.fromVisit(shown.id()), getTranslation("visit.practices.new"));
            record.setId(ID_NEW_PRACTICE);
            record.getElement().setAttribute("router-link", true);
            practicesContent.add(record);
        }
        practicesContent.add(practices.create(ID_PRACTICES + "-list", PracticeFilter.ofVisit(shown.id()),
                PracticeLinks.ofVisit(shown.id())));
    }

    private void save() {
        overview.form().ifPresent(form -> form.writeIfValid().ifPresent(changes ->
                editFlow.save(() -> visits.update(changes, getLocale()), form,
                        saved -> {
                            overview.close();
                            show(saved);
                        },
                        stored -> {
                            shown = stored;
                            form.rebase(stored.version());
                        },
                        this::save)));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(VisitListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("visit.list.title") : shown.texts().text("title");
    }
}
