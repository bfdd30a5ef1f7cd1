package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.CommentPanels;
import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.FollowSlot;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.TranslationStatus;
import ua.cooperation.portal.partnership.PartnershipLinks;

import ua.cooperation.portal.programme.ProgrammeLinks;

import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.RecordOverview;
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
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.AgendaPointService;
import ua.cooperation.portal.meeting.AttendanceService;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingCalendarService;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.ParticipantRole;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.visit.VisitItineraryService;
import ua.cooperation.portal.visit.VisitLinks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One meeting in tabs: the overview (its values as text; officers press "Edit" for a buffered form, with a conflict
 * dialog when someone else saved first), its participants, its numbered decisions, its action items (overdue ones marked; the owner of an item updates
 * its status here too), its documents and the history of every change. A meeting the user may not see shows the same
 * "not found" page as an id that does not exist.
 */
@Route(MeetingLinks.ROUTE + "/:" + MeetingDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class MeetingDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "meeting-title";
    static final String ID_SUMMARY = "meeting-summary";
    static final String ID_EDIT = "meeting-edit";
    static final String ID_SAVE = "meeting-save";
    static final String ID_CANCEL = "meeting-cancel";
    static final String ID_CONFLICT = "meeting-conflict";
    static final String ID_PARTICIPANTS = "meeting-participants-grid";
    static final String ID_PARTICIPANT_PERSON = "meeting-participant-person";
    static final String ID_PARTICIPANT_ROLE = "meeting-participant-role";
    static final String ID_PARTICIPANT_ADD = "meeting-participant-add";
    static final String ID_DECISIONS = "meeting-decisions-grid";
    static final String ID_DECISION_NEW = "meeting-decision-new";
    static final String ID_ACTION_ITEMS = "meeting-action-items-grid";
    static final String ID_ACTION_ITEM_NEW = "meeting-action-item-new";
    static final String ID_HISTORY = "meeting-history";
    static final String ID_ICS = "meeting-ics";
    static final String ID_RECORD_LINKS = "meeting-record-links";
    static final String ID_VISIT_LINK = "meeting-visit-link";

    private final MeetingService meetings;
    private final DecisionService decisionService;
    private final ActionItemService actionItemService;
    private final DocumentsPanels<DocumentOwnerKind> documents;
    private final CommentPanels<TextOwnerKind> comments;
    private final UserDirectory users;
    private final PersonService people;
    private final MeetingLookups lookups;
    private final VisitItineraryService itineraries;
    private final H2 title = new H2();
    private final FollowSlot<TextOwnerKind> follow;
    private final Span typeBadge = new Span();
    private final Span sharedBadge = new Span();
    private final Span titleNote = new Span();
    // staff: the way to the translations and what is still missing (ADR 0040)
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout countryLinks = new HorizontalLayout();
    private final HorizontalLayout recordLinks = new HorizontalLayout();
    private final Paragraph lastChange = new Paragraph();
    // the overview as text, and the editable form only while an officer edits (ADR 0028)
    private final RecordOverview<MeetingForm> overview;
    // the other tabs' grids and pickers are built when their tab is first opened (ADR 0027)
    private final LazyContent<MeetingParticipantsTab> participantsContent;
    private final LazyContent<MeetingDecisionsTab> decisionsContent;
    private final LazyContent<MeetingActionItemsTab> actionItemsContent;
    private final LazyContent<MeetingAgendaPointsTab> agendaPointsContent;
    private final LazyContent<MeetingAttendanceTab> attendanceContent;
    private final TabSheet tabs = new TabSheet();
    private final Div documentsContent = new Div();
    private final Div commentsContent = new Div();
    private final Div historyContent = new Div();
    private Tab participantsTab;
    private Tab decisionsTab;
    private Tab actionItemsTab;
    private Tab agendaPointsTab;
    private Tab attendanceTab;
    private Tab documentsTab;
    private Tab commentsTab;
    private Tab historyTab;
    private final EditFlow<MeetingDetails> editFlow;
    private MeetingDetails shown;

    MeetingDetailsView(MeetingService meetings, DecisionService decisionService,
                       ActionItemService actionItemService, MeetingCalendarService calendar,
                       DocumentsPanels<DocumentOwnerKind> documents, UserDirectory users, PersonService people,
                       MeetingLookups lookups, FollowButtons<TextOwnerKind> follows,
                       CommentPanels<TextOwnerKind> comments, AgendaPointService agendaPoints,
                       AttendanceService attendance, VisitItineraryService itineraries) {
        this.meetings = meetings;
        this.itineraries = itineraries;
        this.comments = comments;
        this.follow = new FollowSlot<>(follows, TextOwnerKind.MEETING);
        this.decisionService = decisionService;
        this.actionItemService = actionItemService;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT, () -> meetings.findVisibleById(shown.id(), getLocale()),
                this::show, this::backToList);
        this.documents = documents;
        this.users = users;
        this.people = people;
        this.lookups = lookups;
        // the tabs are built when first opened, after show(): the shown meeting's permissions are known by then
        participantsContent = new LazyContent<>(() -> new MeetingParticipantsTab(lookups, mayEdit(),
                this::saveParticipants));
        decisionsContent = new LazyContent<>(() -> new MeetingDecisionsTab(mayEdit(), this::openDecision,
                decision -> comments.create(TextOwnerKind.DECISION, decision.id())));
        actionItemsContent = new LazyContent<>(() -> new MeetingActionItemsTab(mayEdit(), this::openProgress,
                this::openActionItem));
        agendaPointsContent = new LazyContent<>(() -> new MeetingAgendaPointsTab(agendaPoints, editFlow,
                () -> shown, this::show));
        attendanceContent = new LazyContent<>(() -> new MeetingAttendanceTab(attendance, editFlow, () -> shown));
        setMaxWidth("80em");
        addClassName("portal-details-view");
        var back = new RouterLink(getTranslation("meeting.back"), MeetingListView.class);
        back.setId("meeting-back");
        overview = new RecordOverview<>("meeting",
                () -> new MeetingForm(lookups, getLocale()),
                form -> form.read(shown), this::save);
        add(back, header(calendar), summary, countryLinks, recordLinks, tabs());
    }

    /** The title, badges and the .ics link; the summary and the links to countries and records below it. */
    private HorizontalLayout header(MeetingCalendarService calendar) {
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        typeBadge.addClassName("portal-badge");
        sharedBadge.addClassNames("portal-badge", "portal-badge-partner");
        var ics = new Anchor(icsDownload(calendar), AttachmentType.DOWNLOAD, getTranslation("meeting.ics.download"));
        ics.setId(ID_ICS);
        titleNote.setId(ID_TITLE + "-note");
        titleNote.addClassName("portal-text-note");
        var header = new HorizontalLayout(title, titleNote, typeBadge, sharedBadge, ics, follow);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        countryLinks.setId("meeting-country-links");
        countryLinks.addClassName(LumoUtility.FlexWrap.WRAP);
        recordLinks.setId(ID_RECORD_LINKS);
        recordLinks.addClassName(LumoUtility.FlexWrap.WRAP);
        recordLinks.setAlignItems(FlexComponent.Alignment.BASELINE);
        translationsLink.setId("meeting-translations");
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.setId("meeting-translation-status");
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        recordLinks.add(translationsLink, translationStatus);
        return header;
    }

    /** The tabs; all but the overview are built when first opened (ADR 0027). */
    private TabSheet tabs() {
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);
        documentsContent.setId("meeting-documents");
        documentsContent.setWidthFull();
        historyContent.setId(ID_HISTORY);
        tabs.setId("meeting-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("meeting-tab-overview");
        participantsTab = tab("meeting.tab.participants", participantsContent, "meeting-tab-participants");
        decisionsTab = tab("meeting.tab.decisions", decisionsContent, "meeting-tab-decisions");
        actionItemsTab = tab("meeting.tab.action-items", actionItemsContent, "meeting-tab-action-items");
        agendaPointsTab = tab("meeting.tab.agenda-points", agendaPointsContent, "meeting-tab-agenda-points");
        attendanceTab = tab("meeting.tab.attendance", attendanceContent, "meeting-tab-attendance");
        documentsTab = tab("meeting.tab.documents", documentsContent, "meeting-tab-documents");
        commentsContent.setWidthFull();
        commentsTab = tab("comment.tab", commentsContent, "meeting-tab-comments");
        historyTab = tab("history.tab", historyContent, "meeting-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        return tabs;
    }

    private Tab tab(String labelKey, Component content, String id) {
        var tab = tabs.add(getTranslation(labelKey), content);
        tab.setId(id);
        return tab;
    }

    /** The shown meeting as an .ics file, checked against the scope again when the link is followed. */
    private com.vaadin.flow.server.streams.DownloadHandler icsDownload(MeetingCalendarService calendar) {
        // the reader's language now: a download runs outside the UI, where getLocale() knows no reader
        var locale = getLocale();
        return event -> {
            var ics = shown == null ? Optional.<String>empty() : calendar.icsOf(shown.id(), locale);
            if (ics.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            var bytes = ics.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            event.setFileName("meeting-" + shown.id() + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    private void saveParticipants(Map<Long, ParticipantRole> changed) {
        editFlow.run(() -> meetings.updateParticipants(shown.id(), shown.version(), changed, getLocale()),
                RecordForm.NO_FIELDS, this::show);
    }

    private boolean mayEdit() {
        return shown != null && shown.permissions().mayEdit();
    }

    private void openDecision(DecisionItem existing) {
        long meetingId = shown.id();
        new DecisionDialog(editFlow, changes -> decisionService.saveDecision(meetingId, changes), existing,
                shown.startsAt().atZone(PortalTime.ZONE).toLocalDate(),
                this::refreshSelectedTab).open();
    }

    private void openProgress(ActionItemView item) {
        new ActionItemProgressDialog(editFlow, item, (status, note) -> actionItemService.updateMyActionItem(item.id(),
                item.version(), status, note, getLocale()), saved -> refreshSelectedTab()).open();
    }

    private void openActionItem(ActionItemView existing) {
        new ActionItemDialog(editFlow, changes -> actionItemService.saveActionItem(changes, getLocale()), lookups,
                shown,
                decisionService.decisionsOf(shown.id()), existing,
                this::refreshSelectedTab).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(id -> meetings.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(MeetingDetails details) {
        shown = details;
        follow.show(details.id());
        var shownTitle = details.texts().get("title");
        title.setText(shownTitle.text());
        title.getElement().setAttribute("lang", shownTitle.language());
        var note = TranslatedTexts.note(this, shownTitle);
        titleNote.setText(note == null ? "" : note);
        titleNote.setVisible(note != null);
        typeBadge.setText(getTranslation("meeting-type." + details.type().name()));
        sharedBadge.setText(getTranslation("meeting.shared-badge"));
        sharedBadge.setVisible(details.sharedWithPartners() && details.permissions().showsInternal());
        overview.setEditable(details.permissions().mayEdit());
        summary.setText(summaryText(details));
        countryLinks.removeAll();
        for (var code : details.countryCodes()) {
            var link = new Anchor(CountryLinks.details(code), CountryNames.displayName(code, getLocale()));
            link.setId("meeting-country-" + code);
            countryLinks.add(link);
        }
        showRecordLinks(details);
        overview.show(facts(details));
        if (details.updatedAt() != null) {
            lastChange.setText(getTranslation("record.last-change", Authors.shown(this, details.updatedBy()),
                    MeetingTexts.dateTime(details.updatedAt(), getLocale())));
        } else {
            lastChange.setText("");
        }
        refreshSelectedTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The linked partnerships and programmes as links (the service gives a liaison only those they may see). */
    private void showRecordLinks(MeetingDetails details) {
        recordLinks.removeAll();
        if (details.permissions().mayEdit()) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.MEETING, details.id()));
            recordLinks.add(translationsLink, translationStatus);
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        addRecordLinks("meeting.field.partnerships", details.partnerships(), PartnershipLinks.ROUTE + "/",
                "meeting-partnership-");
        addRecordLinks("meeting.field.programmes", details.programmes(), ProgrammeLinks.ROUTE + "/", "meeting-programme-");
        // the visit whose programme holds the meeting or which it reports on, if the reader may see it (issue 22)
        var visit = itineraries.visitsOfMeetings(List.of(details.id()), getLocale()).get(details.id());
        if (visit != null) {
            var label = new Span(getTranslation("meeting.field.visit") + ":");
            label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var link = new Anchor(VisitLinks.details(visit.id()), visit.shownTitle().orEmpty());
            link.setId(ID_VISIT_LINK);
            recordLinks.add(label, link);
        }
        recordLinks.setVisible(recordLinks.getComponentCount() > 0);
    }

    private void addRecordLinks(String labelKey, List<MeetingDetails.Named> records, String route, String idPrefix) {
        if (records.isEmpty()) {
            return;
        }
        var label = new Span(getTranslation(labelKey) + ":");
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        recordLinks.add(label);
        for (var record : records) {
            var link = new Anchor(route + record.id(), record.name());
            link.setId(idPrefix + record.id());
            recordLinks.add(link);
        }
    }

    /** The overview's values as the reader sees them; the same fields as the form (internal notes for staff only). */
    private List<RecordOverview.Fact> facts(MeetingDetails d) {
        var facts = new java.util.ArrayList<RecordOverview.Fact>();
        facts.add(overview.fact("type", "meeting.field.type", getTranslation("meeting-type." + d.type().name())));
        facts.add(TranslatedTexts.fact(overview, "title", "meeting.field.title", d.texts().get("title")));
        facts.add(overview.fact("start", "meeting.field.start", MeetingTexts.dateTime(d.startsAt(), getLocale())));
        facts.add(overview.fact("end", "meeting.field.end", d.endsAt() == null ? ""
                : MeetingTexts.dateTime(d.endsAt(), getLocale())));
        facts.add(overview.fact("place", "meeting.field.place", d.place()));
        facts.add(overview.fact("online-link", "meeting.field.online-link", d.onlineLink()));
        facts.add(overview.fact("countries", "meeting.field.countries", d.countryCodes().stream()
                .map(code -> CountryNames.displayName(code, getLocale())).sorted().collect(Collectors.joining(", "))));
        facts.add(overview.fact("organisations", "meeting.field.organisations", names(d.organisations())));
        facts.add(overview.fact("users", "meeting.field.users", d.users().stream()
                .map(named -> Authors.shown(this, named.name())).collect(Collectors.joining(", "))));
        if (d.responsible() != null) {
            facts.add(overview.fact("responsible", "meeting.field.responsible", d.responsible().name()));
        }
        facts.add(overview.fact("partnerships", "meeting.field.partnerships", names(d.partnerships())));
        facts.add(overview.fact("programmes", "meeting.field.programmes", names(d.programmes())));
        facts.add(overview.fact("areas", "meeting.field.areas", Pickers.topics(this, d.areas(), java.util.Set.of())));
        facts.add(overview.fact("target-groups", "meeting.field.target-groups",
                Pickers.topics(this, java.util.Set.of(), d.targetGroups())));
        facts.add(TranslatedTexts.fact(overview, "agenda", "meeting.field.agenda", d.texts().get("agenda")));
        facts.add(TranslatedTexts.fact(overview, "minutes", "meeting.field.minutes", d.texts().get("minutes")));
        if (d.permissions().showsInternal()) {
            facts.add(overview.fact("internal-notes", "meeting.field.internal-notes", d.internalNotes()));
            facts.add(overview.fact("shared", "meeting.field.shared", d.sharedWithPartners()));
        }
        return facts;
    }


    private static String names(List<MeetingDetails.Named> named) {
        return named.stream().map(MeetingDetails.Named::name).collect(Collectors.joining(", "));
    }

    private String summaryText(MeetingDetails d) {
        var parts = new java.util.ArrayList<String>();
        parts.add(MeetingTexts.period(d.startsAt(), d.endsAt(), getLocale()));
        if (d.place() != null) {
            parts.add(d.place());
        }
        if (d.onlineLink() != null) {
            parts.add(d.onlineLink());
        }
        if (!d.organisations().isEmpty()) {
            parts.add(d.organisations().stream().map(MeetingDetails.Named::name).collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }

    private void refreshSelectedTab() {
        if (shown == null) {
            return;
        }
        var selected = tabs.getSelectedTab();
        if (selected == decisionsTab) {
            decisionsContent.get().show(decisionService.decisionsOf(shown.id(), getLocale()));
        } else if (selected == actionItemsTab) {
            actionItemsContent.get().show(actionItemService.actionItemsOf(shown.id(), getLocale()));
        } else if (selected == documentsTab) {
            documentsContent.removeAll();
            documentsContent.add(documents.create(DocumentOwnerKind.MEETING, shown.id(),
                    shown.permissions().mayUpload(), "meeting"));
        } else if (selected == commentsTab) {
            commentsContent.removeAll();
            commentsContent.add(comments.create(TextOwnerKind.MEETING, shown.id()));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            var texts = new MeetingHistoryTexts(this, getLocale(), users, people, shown,
                    () -> decisionService.decisionsOf(shown.id()), documents);
            // the comments of the meeting and of each of its decisions have their lines in its history
            var history = comments.withComments(this, meetings.historyOf(shown.id()), TextOwnerKind.MEETING,
                    shown.id());
            for (var decision : decisionService.decisionsOf(shown.id())) {
                history = comments.withComments(this, history, TextOwnerKind.DECISION, decision.id());
            }
            historyContent.add(new HistoryList(history, texts::fieldLabel, texts::valueText));
        } else if (selected == agendaPointsTab) {
            agendaPointsContent.get().refresh();
        } else if (selected == attendanceTab) {
            attendanceContent.get().refresh();
        } else if (selected == participantsTab) {
            participantsContent.get().show(shown.participants());
        }
    }

    private void save() {
        overview.form().ifPresent(form -> form.writeIfValid().ifPresent(changes ->
                editFlow.save(() -> meetings.update(changes, getLocale()), form,
                        saved -> {
                            overview.close();
                            show(saved);
                        },
                        // an explicit choice to put this user's values over the other save
                        stored -> {
                            shown = stored;
                            form.rebase(stored.version());
                        },
                        this::save)));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(MeetingListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("meeting.list.title") : shown.texts().text("title");
    }
}
