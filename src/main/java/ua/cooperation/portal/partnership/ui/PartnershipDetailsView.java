package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.base.ui.CommentPanels;
import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.FollowSlot;
import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.country.CountryLinks;
import ua.cooperation.portal.partnership.PartnershipLinks;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.RecordOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.RemarkField;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.TranslationStatus;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipDetails;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipKind;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.partnership.StatusChangeItem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One partnership in tabs: the overview (its values as text; officers press "Edit" for a buffered form, with a
 * conflict dialog when someone else saved first), its status history, its documents and the history of every change. The lifecycle buttons follow the
 * user's role and the partnership's state; the service checks both again. A partnership the user may not see shows
 * the same "not found" page as an id that does not exist.
 */
@Route(PartnershipLinks.ROUTE + "/:" + PartnershipDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class PartnershipDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "partnership-title";
    static final String ID_STATUS = "partnership-status";
    static final String ID_SUMMARY = "partnership-summary";
    static final String ID_NOTICE = "partnership-notice";
    static final String ID_EDIT = "partnership-edit";
    static final String ID_SAVE = "partnership-save";
    static final String ID_CANCEL = "partnership-cancel";
    static final String ID_CONFLICT = "partnership-conflict";
    static final String ID_MOVE = "partnership-move";
    static final String ID_PROPOSE_SIGNING = "partnership-propose-signing";
    static final String ID_CONFIRM_SIGNING = "partnership-confirm-signing";
    static final String ID_RETURN_SIGNING = "partnership-return-signing";
    static final String ID_STATUS_HISTORY = "partnership-status-history";
    static final String ID_HISTORY = "partnership-history";
    static final String ID_TRANSLATIONS = "partnership-translations";
    static final String ID_TRANSLATION_STATUS = "partnership-translation-status";

    private final PartnershipService partnerships;
    private final PortalTime time;
    private final DocumentsPanels<DocumentOwnerKind> documents;
    private final H2 title = new H2();
    private final FollowSlot<TextOwnerKind> follow;
    private final Span status = new Span();
    private final Span health = new Span();
    private final Anchor countryLink = new Anchor();
    private final Paragraph summary = new Paragraph();
    private final Div notice = new Div();
    // staff: the way to the description's translations and the languages still missing (ADR 0040)
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final HorizontalLayout translations = new HorizontalLayout(translationsLink, translationStatus);
    private final Paragraph lastChange = new Paragraph();
    // the overview as text, and the editable form only while an officer edits (ADR 0028)
    private final RecordOverview<PartnershipForm> overview;
    private final Button move = new Button();
    private final Button proposeSigning = new Button();
    private final Button confirmSigning = new Button();
    private final Button returnSigning = new Button();
    // built when its tab is first opened (ADR 0027)
    private final LazyContent<Grid<StatusChangeItem>> statusHistory = new LazyContent<>(this::statusHistoryGrid);
    private final TabSheet tabs = new TabSheet();
    private final Div documentsContent = new Div();
    private final Div commentsContent = new Div();
    private final CommentPanels<TextOwnerKind> comments;
    private final Div historyContent = new Div();
    private final Div meetingsContent = new Div();
    private final RelatedRecords<MeetingFilter> meetings;
    private final Tab statusTab;
    private final Tab meetingsTab;
    private final Tab documentsTab;
    private final Tab commentsTab;
    private final Tab historyTab;
    private final EditFlow<PartnershipDetails> editFlow;
    private PartnershipDetails shown;

    PartnershipDetailsView(PartnershipService partnerships, DocumentsPanels<DocumentOwnerKind> documents,
                           PartnershipLookups lookups, RelatedRecords<MeetingFilter> meetings, PortalTime time,
                           FollowButtons<TextOwnerKind> follows, CommentPanels<TextOwnerKind> comments) {
        this.partnerships = partnerships;
        this.comments = comments;
        this.follow = new FollowSlot<>(follows, TextOwnerKind.PARTNERSHIP);
        this.time = time;
        this.meetings = meetings;
        this.documents = documents;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT,
                () -> partnerships.findVisibleById(shown.id(), getLocale()), this::show, this::backToList);
        setMaxWidth("76em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("partnership.back"), PartnershipListView.class);
        back.setId("partnership-back");
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        status.setId(ID_STATUS);
        countryLink.setId("partnership-country-link");
        var header = new HorizontalLayout(title, status, health, countryLink, follow);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        notice.setId(ID_NOTICE);
        notice.addClassName("portal-notice");
        configureTranslationLinks();

        var lifecycle = lifecycleButtons();

        overview = new RecordOverview<>("partnership",
                () -> new PartnershipForm(lookups, getLocale()),
                form -> form.read(shown), this::save);
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);

        documentsContent.setId("partnership-documents");
        historyContent.setId(ID_HISTORY);
        tabs.setId("partnership-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("partnership-tab-overview");
        statusTab = tabs.add(getTranslation("partnership.tab.status-history"), statusHistory);
        statusTab.setId("partnership-tab-status-history");
        meetingsTab = tabs.add(getTranslation("meeting.list.title"), meetingsContent);
        meetingsTab.setId("partnership-tab-meetings");
        documentsTab = tabs.add(getTranslation("partnership.tab.documents"), documentsContent);
        documentsTab.setId("partnership-tab-documents");
        commentsTab = tabs.add(getTranslation("comment.tab"), commentsContent);
        commentsTab.setId("partnership-tab-comments");
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("partnership-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        add(back, header, summary, translations, notice, lifecycle, tabs);
    }

    /** The partnership's lifecycle steps, each shown when the partnership may take it (see {@link #show}). */
    private HorizontalLayout lifecycleButtons() {
        lifecycleButton(move, ID_MOVE, "partnership.step.MOVE", VaadinIcon.FLIP_H, StatusDialog.Step.MOVE);
        lifecycleButton(proposeSigning, ID_PROPOSE_SIGNING, "partnership.step.PROPOSE_SIGNING", VaadinIcon.PENCIL,
                StatusDialog.Step.PROPOSE_SIGNING);
        lifecycleButton(confirmSigning, ID_CONFIRM_SIGNING, "partnership.step.CONFIRM_SIGNING", VaadinIcon.CHECK,
                StatusDialog.Step.CONFIRM_SIGNING);
        confirmSigning.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        lifecycleButton(returnSigning, ID_RETURN_SIGNING, "partnership.step.RETURN_SIGNING", VaadinIcon.ARROW_BACKWARD,
                StatusDialog.Step.RETURN_SIGNING);
        var lifecycle = new HorizontalLayout(move, proposeSigning, confirmSigning, returnSigning);
        lifecycle.addClassName(LumoUtility.FlexWrap.WRAP);
        return lifecycle;
    }

    /** The way to the translations of the description, and what is still missing; shown to editors only. */
    private void configureTranslationLinks() {
        translationsLink.setId(ID_TRANSLATIONS);
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.setId(ID_TRANSLATION_STATUS);
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        translations.setAlignItems(FlexComponent.Alignment.BASELINE);
        translations.addClassName(LumoUtility.FlexWrap.WRAP);
    }

    private void lifecycleButton(Button button, String id, String key, VaadinIcon icon, StatusDialog.Step step) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(e -> new StatusDialog(step, shown, partnerships, time.today(), getLocale(), this::show,
                this::conflict).open());
        button.setVisible(false);
    }

    private Grid<StatusChangeItem> statusHistoryGrid() {
        var statusHistory = new Grid<StatusChangeItem>();
        statusHistory.setId(ID_STATUS_HISTORY);
        statusHistory.setAllRowsVisible(true);
        statusHistory.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        statusHistory.setEmptyStateText(getTranslation("history.empty"));
        statusHistory.addColumn(row -> PartnershipBadges.date(row.effectiveOn(), getLocale()))
                .setHeader(getTranslation("partnership.status-history.date")).setAutoWidth(true);
        statusHistory.addColumn(this::statusStep).setHeader(getTranslation("partnership.status-history.step"))
                .setFlexGrow(2);
        statusHistory.addColumn(row -> RemarkField.shown(this, row.note(), row.noteForPartners()))
                .setHeader(getTranslation("partnership.status-history.note")).setFlexGrow(3);
        statusHistory.addColumn(row -> Authors.shown(this, row.changedBy()) + " · " + DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(row.changedAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("partnership.status-history.by")).setAutoWidth(true);
        return statusHistory;
    }

    private String statusStep(StatusChangeItem row) {
        var to = getTranslation("partnership-status." + row.toStatus().name());
        return switch (row.kind()) {
            case "SIGNING_PROPOSED" -> getTranslation("partnership.status-history.SIGNING_PROPOSED");
            case "SIGNING_CONFIRMED" -> getTranslation("partnership.status-history.SIGNING_CONFIRMED");
            case "SIGNING_RETURNED" -> getTranslation("partnership.status-history.SIGNING_RETURNED");
            default -> row.fromStatus() == null ? to
                    : getTranslation("partnership-status." + row.fromStatus().name()) + " → " + to;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(id -> partnerships.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(PartnershipDetails details) {
        shown = details;
        follow.show(details.id());
        title.setText(details.name());
        status.removeAll();
        status.add(PartnershipBadges.status(details.status(), details.awaitingConfirmation()));
        health.removeAll();
        health.add(PartnershipBadges.health(details.health()));
        countryLink.setHref(CountryLinks.details(details.countryCode()));
        countryLink.setText(CountryNames.displayName(details.countryCode(), getLocale()));
        summary.setText(summaryText(details));
        var may = details.permissions();
        overview.setEditable(may.mayEdit());
        overview.show(facts(details));
        // only those who may change the record translate it (the translation page checks again)
        translations.setVisible(may.mayEdit());
        if (may.mayEdit()) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.PARTNERSHIP, details.id()));
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        boolean ended = details.status() == PartnershipStatus.TERMINATED;
        move.setVisible(may.mayEdit() && !ended && !details.awaitingConfirmation());
        proposeSigning.setVisible(may.mayEdit() && details.status().beforeSigning()
                && !details.awaitingConfirmation());
        confirmSigning.setVisible(may.mayDecide() && details.awaitingConfirmation());
        returnSigning.setVisible(may.mayDecide() && details.awaitingConfirmation());
        showNotice(details);
        if (details.updatedAt() != null) {
            var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).format(details.updatedAt().atZone(PortalTime.ZONE));
            lastChange.setText(getTranslation("record.last-change", Authors.shown(this, details.updatedBy()), when));
        } else {
            lastChange.setText("");
        }
        refreshSelectedTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The overview's values as the reader sees them; the same fields as the form (notes for staff only). */
    private java.util.List<RecordOverview.Fact> facts(PartnershipDetails d) {
        var facts = new java.util.ArrayList<RecordOverview.Fact>();
        facts.add(overview.fact("kind", "partnership.field.kind", getTranslation("partnership-kind." + d.kind())));
        facts.add(overview.fact("ukrainian", PartnershipHistoryLabels.ukrainianKey(d.kind()),
                d.ukrainianLocation() == null ? name(d.ukrainian())
                        : name(d.ukrainian()) + " (" + d.ukrainianLocation() + ")"));
        if (d.partnerOrganisation() != null) {
            facts.add(overview.fact("partner-organisation", "partnership.field.partner-organisation",
                    name(d.partnerOrganisation())));
        } else {
            facts.add(overview.fact("partner-municipality", "partnership.field.partner-municipality",
                    name(d.partnerMunicipality())));
        }
        facts.add(overview.fact("type", "partnership.field.type",
                getTranslation("partnership-type." + d.type().name())));
        facts.add(overview.fact("areas", "partnership.field.areas", areas(d.areas())));
        facts.add(TranslatedTexts.fact(overview, "description", "partnership.field.description",
                d.texts().get("description")));
        facts.add(overview.fact("ukrainian-focal", "partnership.field.ukrainian-focal",
                name(d.ukrainianFocalPerson())));
        facts.add(overview.fact("partner-focal", "partnership.field.partner-focal", name(d.partnerFocalPerson())));
        facts.add(overview.fact("signed-on", "partnership.field.signed-on",
                PartnershipBadges.date(d.signedOn(), getLocale())));
        facts.add(overview.fact("valid-until", "partnership.field.valid-until",
                PartnershipBadges.date(d.validUntil(), getLocale())));
        if (d.permissions().showsInternal()) {
            facts.add(overview.fact("notes", "partnership.field.notes", d.notes()));
            facts.add(overview.fact("shared", "partnership.field.shared", d.sharedWithPartners()));
        }
        return facts;
    }


    private static String name(PartnershipDetails.Party party) {
        return party == null ? "" : party.name();
    }

    private String summaryText(PartnershipDetails d) {
        var parts = new java.util.ArrayList<String>();
        parts.add(getTranslation("partnership-type." + d.type().name()));
        if (d.ukrainianLocation() != null) {
            parts.add(d.ukrainianLocation());
        }
        if (d.signedOn() != null) {
            parts.add(getTranslation("partnership.summary.signed", PartnershipBadges.date(d.signedOn(), getLocale())));
        }
        if (d.validUntil() != null) {
            parts.add(getTranslation("partnership.summary.valid-until",
                    PartnershipBadges.date(d.validUntil(), getLocale())));
        }
        if (d.lastContactOn() != null) {
            parts.add(getTranslation("partnership.summary.last-contact",
                    PartnershipBadges.date(d.lastContactOn(), getLocale())));
        }
        if (!d.areas().isEmpty()) {
            parts.add(areas(d.areas()));
        }
        return String.join(" · ", parts);
    }

    private String areas(Collection<CooperationArea> areas) {
        return areas.stream().map(a -> getTranslation("cooperation-area." + a.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    /** Tells officers and heads where the signing stands: waiting for a head, or returned with the head's note. */
    private void showNotice(PartnershipDetails details) {
        notice.removeAll();
        notice.setVisible(false);
        if (!details.permissions().showsInternal()) {
            return;
        }
        var latest = partnerships.statusHistoryOf(details.id()).stream().findFirst();
        if (details.awaitingConfirmation()) {
            notice.add(new Paragraph(getTranslation(details.permissions().mayDecide() ? "partnership.notice.awaiting-you"
                    : "partnership.notice.awaiting", PartnershipBadges.date(details.signedOn(), getLocale()))));
            notice.setVisible(true);
        } else if (latest.isPresent() && latest.get().kind().equals("SIGNING_RETURNED")) {
            notice.add(new Paragraph(getTranslation("partnership.notice.returned", latest.get().changedBy(),
                    latest.get().note())));
            notice.addClassName("portal-notice-warning");
            notice.setVisible(true);
        }
    }

    private void refreshSelectedTab() {
        if (shown == null) {
            return;
        }
        var selected = tabs.getSelectedTab();
        if (selected == statusTab) {
            statusHistory.get().setItems(partnerships.statusHistoryOf(shown.id()));
        } else if (selected == meetingsTab) {
            meetingsContent.removeAll();
            meetingsContent.add(meetings.create("partnership-meetings",
                    MeetingFilter.ofPartnership(shown.id()), MeetingLinks.ofPartnership(shown.id())));
        } else if (selected == documentsTab) {
            showDocuments();
        } else if (selected == commentsTab) {
            commentsContent.removeAll();
            commentsContent.add(comments.create(TextOwnerKind.PARTNERSHIP, shown.id()));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            historyContent.add(new HistoryList(comments.withComments(this, partnerships.historyOf(shown.id()),
                    TextOwnerKind.PARTNERSHIP, shown.id()), this::fieldLabel, this::valueText));
        }
    }

    /** The documents tab; the SIGNED proposal depends on the agreement being here, so the header follows changes. */
    private void showDocuments() {
        documentsContent.removeAll();
        documentsContent.add(documents.create(DocumentOwnerKind.PARTNERSHIP, shown.id(),
                shown.permissions().mayUpload(), "partnership", () -> showNotice(shown)));
    }

    private String fieldLabel(String field) {
        if (documents.isHistoryField(field)) {
            return documents.historyFieldLabel(this, field);
        }
        return getTranslation(PartnershipHistoryLabels.key(field));
    }

    private String valueText(String field, Object value) {
        if (documents.isHistoryField(field)) {
            return documents.historyValueText(this, getLocale(), field, value);
        }
        return switch (value) {
            case PartnershipType t -> getTranslation("partnership-type." + t.name());
            case PartnershipKind k -> getTranslation("partnership-kind." + k.name());
            case PartnershipStatus s -> getTranslation("partnership-status." + s.name());
            case LocalDate date -> PartnershipBadges.date(date, getLocale());
            case Boolean b -> getTranslation(b ? "value.yes" : "value.no");
            case Collection<?> c -> c.stream().map(a -> a instanceof CooperationArea area
                    ? getTranslation("cooperation-area." + area.name()) : a.toString()).sorted()
                    .collect(Collectors.joining(", "));
            case String code when field.equals("countryCode") -> CountryNames.displayName(code, getLocale());
            case Long id when field.equals("ukrainianMunicipality") || field.equals("ukrainianOrganisation") ->
                    party(shown.ukrainian(), id);
            case Long id when field.equals("partnerMunicipality") || field.equals("partnerOrganisation") ->
                    shown.partner() != null && shown.partner().id() == id ? shown.partner().name() : "#" + id;
            case Long id when field.equals("ukrainianFocalPerson") -> party(shown.ukrainianFocalPerson(), id);
            case Long id when field.equals("partnerFocalPerson") -> party(shown.partnerFocalPerson(), id);
            default -> value.toString();
        };
    }

    private static String party(PartnershipDetails.Party party, long id) {
        return party != null && party.id() == id ? party.name() : "#" + id;
    }

    private void save() {
        overview.form().ifPresent(form -> form.writeIfValid().ifPresent(changes -> editFlow.save(
                () -> partnerships.update(changes, getLocale()), form,
                saved -> {
                    overview.close();
                    show(saved);
                },
                stored -> {
                    // an explicit choice to put this user's values over the other save
                    shown = stored;
                    form.rebase(stored.version());
                },
                this::save)));
    }

    /** Someone else changed the partnership while a lifecycle dialog was open: show theirs and say so. */
    private void conflict() {
        Notifications.error(this, "conflict.text");
        editFlow.reload();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(PartnershipListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("partnership.list.title") : shown.name();
    }
}
