package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordOverview;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.TranslationStatus;
import ua.cooperation.portal.country.CountryLinks;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.practice.PracticeDetails;
import ua.cooperation.portal.practice.PracticeLinks;
import ua.cooperation.portal.practice.PracticeService;
import ua.cooperation.portal.practice.PracticeStatusChangeItem;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.visit.VisitLinks;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One practice: its overview (officers press "Edit"), its sources (the meeting's and the visit's pages, the document's
 * download), the status step for officers, the status history, and the history of every change. A practice the reader
 * may not see shows the same "not found" page as an id that does not exist.
 */
@Route(PracticeLinks.ROUTE + "/:" + PracticeDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class PracticeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "practice-title";
    static final String ID_STATUS = "practice-status";
    static final String ID_SUMMARY = "practice-summary";
    static final String ID_STEP = "practice-step";
    static final String ID_SOURCE_MEETING = "practice-source-meeting-link";
    static final String ID_SOURCE_DOCUMENT = "practice-source-document-link";
    static final String ID_SOURCE_VISIT = "practice-source-visit-link";
    static final String ID_STATUS_HISTORY = "practice-status-history";
    static final String ID_HISTORY = "practice-history";
    static final String ID_TRANSLATIONS = "practice-translations";
    static final String ID_CONFLICT = "practice-conflict";

    private final PracticeService practices;
    private final DocumentService documents;
    private final PortalTime time;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Anchor countryLink = new Anchor();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout sources = new HorizontalLayout();
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final HorizontalLayout translations = new HorizontalLayout(translationsLink, translationStatus);
    private final Button step = new Button();
    private final Paragraph lastChange = new Paragraph();
    private final RecordOverview<PracticeForm> overview;
    private final LazyContent<Grid<PracticeStatusChangeItem>> statusHistory =
            new LazyContent<>(this::statusHistoryGrid);
    private final TabSheet tabs = new TabSheet();
    private final Div historyContent = new Div();
    private final Tab statusTab;
    private final Tab historyTab;
    private final EditFlow<PracticeDetails> editFlow;
    private PracticeDetails shown;

    PracticeDetailsView(PracticeService practices, PracticeLookups lookups, DocumentService documents,
                        PortalTime time) {
        this.practices = practices;
        this.documents = documents;
        this.time = time;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT,
                () -> practices.findVisibleById(shown.id(), getLocale()), this::show, this::backToList);
        setMaxWidth("76em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("practice.back"), PracticeListView.class);
        back.setId("practice-back");
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        status.setId(ID_STATUS);
        status.addClassName("portal-badge");
        countryLink.setId("practice-country-link");
        var header = new HorizontalLayout(title, status, countryLink);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        sources.setId("practice-sources");
        sources.setAlignItems(FlexComponent.Alignment.BASELINE);
        sources.addClassName(LumoUtility.FlexWrap.WRAP);
        translationsLink.setId(ID_TRANSLATIONS);
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        step.setId(ID_STEP);
        step.setText(getTranslation("practice.step"));
        step.setIcon(VaadinIcon.FLIP_H.create());
        step.addClickListener(e -> openStep());

        overview = new RecordOverview<>("practice", () -> new PracticeForm(lookups, getLocale()),
                form -> form.read(shown), this::save);
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);
        historyContent.setId(ID_HISTORY);
        tabs.setId("practice-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("practice-tab-overview");
        statusTab = tabs.add(getTranslation("practice.tab.status-history"), statusHistory);
        statusTab.setId("practice-tab-status-history");
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("practice-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        add(back, header, summary, sources, translations, step, tabs);
    }

    private Grid<PracticeStatusChangeItem> statusHistoryGrid() {
        var grid = new Grid<PracticeStatusChangeItem>();
        grid.setId(ID_STATUS_HISTORY);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.addColumn(row -> date(row.effectiveOn())).setHeader(getTranslation("practice.status-history.date"))
                .setAutoWidth(true);
        grid.addColumn(row -> (row.fromStatus() == null ? ""
                        : getTranslation("practice-status." + row.fromStatus().name()) + " → ")
                        + getTranslation("practice-status." + row.toStatus().name()))
                .setHeader(getTranslation("practice.status-history.step")).setFlexGrow(2);
        grid.addColumn(row -> row.decidedBy() == null ? "" : row.decidedBy())
                .setHeader(getTranslation("practice.step.decided-by")).setFlexGrow(2);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason())
                .setHeader(getTranslation("practice.step.reason")).setFlexGrow(2);
        grid.addColumn(row -> Authors.shown(this, row.recordedBy()))
                .setHeader(getTranslation("practice.status-history.by")).setAutoWidth(true);
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(id -> practices.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(PracticeDetails details) {
        shown = details;
        title.setText(details.texts().get("title").orEmpty());
        status.setText(getTranslation("practice-status." + details.status().name()));
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(CountryNames.displayName(details.countryCode(), getLocale()));
        summary.setText(getTranslation("practice-direction." + details.direction().name()) + " · "
                + getTranslation("practice-status." + details.status().name()) + " " + date(details.statusSince()));
        showSources(details);
        var may = details.permissions();
        overview.setEditable(may.mayEdit());
        overview.show(facts(details));
        translations.setVisible(may.mayEdit());
        if (may.mayEdit()) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.PRACTICE, details.id()));
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        step.setVisible(may.mayEdit() && !details.status().next().isEmpty());
        if (details.updatedAt() != null) {
            var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).format(details.updatedAt().atZone(PortalTime.ZONE));
            lastChange.setText(getTranslation("record.last-change", Authors.shown(this, details.updatedBy()), when));
        }
        refreshSelectedTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The source meeting's and visit's pages and the source document's download, when the reader may open them. */
    private void showSources(PracticeDetails details) {
        sources.removeAll();
        if (details.sourceMeeting() != null) {
            var meeting = new Anchor(MeetingLinks.details(details.sourceMeeting().id()),
                    getTranslation("practice.field.source-meeting") + ": " + details.sourceMeeting().name());
            meeting.setId(ID_SOURCE_MEETING);
            sources.add(meeting);
        }
        if (details.sourceDocument() != null) {
            var document = new Anchor(download(documents, details.sourceDocument().id()),
                    getTranslation("practice.field.source-document") + ": " + details.sourceDocument().name());
            document.setId(ID_SOURCE_DOCUMENT);
            document.setTarget(AnchorTarget.BLANK);
            sources.add(document);
        }
        if (details.sourceVisit() != null) {
            var visit = new Anchor(VisitLinks.details(details.sourceVisit().id()),
                    getTranslation("practice.field.source-visit") + ": " + details.sourceVisit().name());
            visit.setId(ID_SOURCE_VISIT);
            sources.add(visit);
        }
        sources.setVisible(sources.getComponentCount() > 0);
    }

    /** Streams the document when the link is followed; the service checks the reader's rights again then. */
    static DownloadHandler download(DocumentService documents, long documentId) {
        return event -> {
            var download = documents.open(documentId);
            if (download.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            var file = download.get();
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            event.setContentLength(file.size());
            try (var in = file.content(); var out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
    }

    private List<RecordOverview.Fact> facts(PracticeDetails d) {
        var facts = new ArrayList<RecordOverview.Fact>();
        facts.add(TranslatedTexts.fact(overview, "title", "practice.field.title", d.texts().get("title")));
        facts.add(overview.fact("direction", "practice.field.direction",
                getTranslation("practice-direction." + d.direction().name())));
        facts.add(overview.fact("country", "practice.field.country",
                CountryNames.displayName(d.countryCode(), getLocale())));
        facts.add(overview.fact("organisation", "practice.field.organisation",
                d.organisation() == null ? "" : d.organisation().name()));
        facts.add(overview.fact("areas", "practice.field.areas",
                labels(d.areas(), a -> "cooperation-area." + a.name())));
        facts.add(overview.fact("target-groups", "practice.field.target-groups",
                labels(d.targetGroups(), g -> "target-group." + g.name())));
        facts.add(TranslatedTexts.fact(overview, "description", "practice.field.description",
                d.texts().get("description")));
        if (d.permissions().showsInternal()) {
            facts.add(overview.fact("notes", "practice.field.notes", d.notes()));
            facts.add(overview.fact("shared", "practice.field.shared", d.sharedWithPartners()));
        }
        return facts;
    }

    private <T> String labels(Collection<T> values, java.util.function.Function<T, String> key) {
        return values.stream().map(v -> getTranslation(key.apply(v))).sorted().collect(Collectors.joining(", "));
    }

    private String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    private void refreshSelectedTab() {
        if (shown == null) {
            return;
        }
        var selected = tabs.getSelectedTab();
        if (selected == statusTab) {
            statusHistory.get().setItems(practices.statusHistoryOf(shown.id()));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            historyContent.add(new HistoryList(practices.historyOf(shown.id()), this::fieldLabel,
                    (field, value) -> PracticeHistoryTexts.value(this, getLocale(), shown, field, value)));
        }
    }

    private String fieldLabel(String field) {
        return getTranslation(PracticeHistoryTexts.labelKey(field));
    }

    private void openStep() {
        var dialog = new PracticeStatusDialog(shown, time.today(), getLocale());
        dialog.save.addClickListener(e -> dialog.writeIfValid().ifPresent(entered -> editFlow.runInDialog(dialog,
                () -> practices.changeStatus(shown.id(), shown.version(), entered, getLocale()), dialog, done -> {
                    show(done);
                    Notifications.success(this, "practice.step.done");
                })));
        dialog.open();
    }

    private void save() {
        overview.form().ifPresent(form -> form.writeIfValid().ifPresent(changes -> editFlow.save(
                () -> practices.update(changes, getLocale()), form,
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
        getUI().ifPresent(ui -> ui.navigate(PracticeListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("practice.list.title") : shown.texts().get("title").orEmpty();
    }
}
