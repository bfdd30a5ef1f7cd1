package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.ConflictDialog;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.RecordOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.DocumentsPanel;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingCalendarService;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.MeetingRefusedException;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.meeting.ParticipantRole;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
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
@Route("meetings/:" + MeetingDetailsView.PARAM_ID + "([0-9]{1,18})")
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

    private final MeetingService meetings;
    private final DecisionService decisionService;
    private final ActionItemService actionItemService;
    private final DocumentService documents;
    private final UserDirectory users;
    private final PersonService people;
    private final PortalUser user;
    private final boolean mayEdit;
    private final H2 title = new H2();
    private final Span typeBadge = new Span();
    private final Span sharedBadge = new Span();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout countryLinks = new HorizontalLayout();
    private final HorizontalLayout recordLinks = new HorizontalLayout();
    private final Paragraph lastChange = new Paragraph();
    // the overview as text, and the editable form only while an officer edits (ADR 0028)
    private final RecordOverview<MeetingForm> overview;
    // the other tabs' grids and pickers are built when their tab is first opened (ADR 0027)
    private final LazyContent<VerticalLayout> participantsContent = new LazyContent<>(this::participantsContent);
    private final LazyContent<VerticalLayout> decisionsContent = new LazyContent<>(this::decisionsContent);
    private final LazyContent<VerticalLayout> actionItemsContent = new LazyContent<>(this::actionItemsContent);
    private Grid<MeetingDetails.Participant> participants;
    private ComboBox<Choice> participantPerson;
    private Select<ParticipantRole> participantRole;
    private Grid<DecisionItem> decisions;
    private Grid<ActionItemView> actionItems;
    private final TabSheet tabs = new TabSheet();
    private final Div documentsContent = new Div();
    private final Div historyContent = new Div();
    private final Tab participantsTab;
    private final Tab decisionsTab;
    private final Tab actionItemsTab;
    private final Tab documentsTab;
    private final Tab historyTab;
    private MeetingDetails shown;
    private List<DecisionItem> shownDecisions = List.of();

    MeetingDetailsView(MeetingService meetings, DecisionService decisionService,
                       ActionItemService actionItemService, MeetingCalendarService calendar,
                       DocumentService documents, CountryService countries,
                       OrganisationService organisations, UserDirectory users, PersonService people,
                       PartnershipService partnerships, ProgrammeService programmes, CurrentUser currentUser) {
        this.meetings = meetings;
        this.decisionService = decisionService;
        this.actionItemService = actionItemService;
        this.documents = documents;
        this.users = users;
        this.people = people;
        this.user = currentUser.require();
        this.mayEdit = !user.isCountryRestricted() && (user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN));
        setMaxWidth("80em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("meeting.back"), MeetingListView.class);
        back.setId("meeting-back");
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        typeBadge.addClassName("portal-badge");
        sharedBadge.addClassNames("portal-badge", "portal-badge-partner");
        var ics = new Anchor(icsDownload(calendar), AttachmentType.DOWNLOAD, getTranslation("meeting.ics.download"));
        ics.setId(ID_ICS);
        var header = new HorizontalLayout(title, typeBadge, sharedBadge, ics);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        countryLinks.setId("meeting-country-links");
        countryLinks.addClassName(LumoUtility.FlexWrap.WRAP);
        recordLinks.setId(ID_RECORD_LINKS);
        recordLinks.addClassName(LumoUtility.FlexWrap.WRAP);
        recordLinks.setAlignItems(FlexComponent.Alignment.BASELINE);

        overview = new RecordOverview<>("meeting",
                () -> new MeetingForm(countries, organisations, users, partnerships, programmes, getLocale()),
                form -> form.read(shown), this::save);
        overview.setEditable(mayEdit);
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);

        documentsContent.setId("meeting-documents");
        documentsContent.setWidthFull();
        historyContent.setId(ID_HISTORY);
        tabs.setId("meeting-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("meeting-tab-overview");
        participantsTab = tabs.add(getTranslation("meeting.tab.participants"), participantsContent);
        participantsTab.setId("meeting-tab-participants");
        decisionsTab = tabs.add(getTranslation("meeting.tab.decisions"), decisionsContent);
        decisionsTab.setId("meeting-tab-decisions");
        actionItemsTab = tabs.add(getTranslation("meeting.tab.action-items"), actionItemsContent);
        actionItemsTab.setId("meeting-tab-action-items");
        documentsTab = tabs.add(getTranslation("meeting.tab.documents"), documentsContent);
        documentsTab.setId("meeting-tab-documents");
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("meeting-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        add(back, header, summary, countryLinks, recordLinks, tabs);
    }

    /** The shown meeting as an .ics file, checked against the scope again when the link is followed. */
    private com.vaadin.flow.server.streams.DownloadHandler icsDownload(MeetingCalendarService calendar) {
        return event -> {
            var ics = shown == null ? Optional.<String>empty() : calendar.icsOf(shown.id());
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

    private VerticalLayout participantsContent() {
        participants = new Grid<>();
        participantPerson = new ComboBox<>();
        participantRole = new Select<>();
        participants.setId(ID_PARTICIPANTS);
        participants.setAllRowsVisible(true);
        participants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        participants.setEmptyStateText(getTranslation("meeting.participants.empty"));
        participants.addComponentColumn(p -> p.linkable() ? new Anchor("people/" + p.personId(), p.name())
                        : new Span(p.name())).setKey("name").setHeader(getTranslation("meeting.participants.person"))
                .setFlexGrow(3);
        participants.addColumn(p -> getTranslation("participant-role." + p.role().name())).setKey("role")
                .setHeader(getTranslation("meeting.participants.role")).setAutoWidth(true);
        if (mayEdit) {
            participants.addComponentColumn(p -> {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    var changed = participantMap();
                    changed.remove(p.personId());
                    saveParticipants(changed);
                });
                remove.setId("meeting-participant-remove-" + p.personId());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("meeting.participants.remove"));
                return remove;
            }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        participantPerson.setId(ID_PARTICIPANT_PERSON);
        participantPerson.setLabel(getTranslation("meeting.participants.person"));
        Pickers.people(participantPerson, people);
        participantRole.setId(ID_PARTICIPANT_ROLE);
        participantRole.setLabel(getTranslation("meeting.participants.role"));
        participantRole.setItems(ParticipantRole.values());
        participantRole.setItemLabelGenerator(r -> r == null ? "" : getTranslation("participant-role." + r.name()));
        participantRole.setValue(ParticipantRole.GUEST);
        var add = new Button(getTranslation("meeting.participants.add"), VaadinIcon.PLUS.create(), e -> {
            if (participantPerson.getValue() == null || participantRole.getValue() == null) {
                participantPerson.setInvalid(participantPerson.getValue() == null);
                return;
            }
            var changed = participantMap();
            changed.put(participantPerson.getValue().id(), participantRole.getValue());
            participantPerson.clear();
            saveParticipants(changed);
        });
        add.setId(ID_PARTICIPANT_ADD);
        var adding = new HorizontalLayout(participantPerson, participantRole, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setVisible(mayEdit);
        var content = new VerticalLayout(participants, adding);
        content.setPadding(false);
        return content;
    }

    private Map<Long, ParticipantRole> participantMap() {
        var map = new HashMap<Long, ParticipantRole>();
        shown.participants().forEach(p -> map.put(p.personId(), p.role()));
        return map;
    }

    private void saveParticipants(Map<Long, ParticipantRole> changed) {
        try {
            show(meetings.updateParticipants(shown.id(), shown.version(), changed, getLocale()));
        } catch (ConcurrentEditException conflict) {
            error("conflict.text");
            reload();
        } catch (MeetingRefusedException refused) {
            error("meeting.refused." + refused.reason().name());
        }
    }

    private VerticalLayout decisionsContent() {
        decisions = new Grid<>();
        decisions.setId(ID_DECISIONS);
        decisions.setAllRowsVisible(true);
        decisions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        decisions.setEmptyStateText(getTranslation("meeting.decisions.empty"));
        decisions.addColumn(d -> "№ " + d.number()).setKey("number").setHeader(getTranslation("decision.field.number"))
                .setAutoWidth(true).setFlexGrow(0);
        decisions.addColumn(DecisionItem::text).setKey("text").setHeader(getTranslation("decision.field.text"))
                .setFlexGrow(4);
        decisions.addColumn(d -> MeetingTexts.date(d.decidedOn(), getLocale())).setKey("decidedOn")
                .setHeader(getTranslation("decision.field.decided-on")).setAutoWidth(true);
        decisions.addColumn(d -> MeetingTexts.date(d.effectiveFrom(), getLocale())).setKey("effectiveFrom")
                .setHeader(getTranslation("decision.field.effective-from")).setAutoWidth(true);
        if (mayEdit) {
            decisions.addItemClickListener(e -> openDecision(e.getItem()));
        }
        var add = new Button(getTranslation("decision.new"), VaadinIcon.PLUS.create(), e -> openDecision(null));
        add.setId(ID_DECISION_NEW);
        add.setVisible(mayEdit);
        var content = new VerticalLayout(add, decisions);
        content.setPadding(false);
        return content;
    }

    private void openDecision(DecisionItem existing) {
        new DecisionDialog(decisionService, shown.id(), existing, shown.startsAt().atZone(PortalTime.ZONE).toLocalDate(),
                this::refreshSelectedTab).open();
    }

    private VerticalLayout actionItemsContent() {
        actionItems = new Grid<>();
        actionItems.setId(ID_ACTION_ITEMS);
        actionItems.setAllRowsVisible(true);
        actionItems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        actionItems.setEmptyStateText(getTranslation("meeting.action-items.empty"));
        actionItems.setPartNameGenerator(item -> item.overdue() ? "portal-overdue" : null);
        actionItems.addColumn(ActionItemView::title).setKey("title").setHeader(getTranslation("action-item.field.title"))
                .setFlexGrow(3);
        actionItems.addColumn(item -> Authors.shown(this, item.ownerName())).setKey("owner")
                .setHeader(getTranslation("action-item.field.owner")).setFlexGrow(1);
        actionItems.addComponentColumn(item -> MeetingTexts.due(item.dueOn(), item.overdue(), getLocale()))
                .setKey("due").setHeader(getTranslation("action-item.field.due")).setAutoWidth(true);
        actionItems.addComponentColumn(item -> MeetingTexts.status(item.status(), item.overdue())).setKey("status")
                .setHeader(getTranslation("action-item.field.status")).setAutoWidth(true);
        actionItems.addColumn(item -> item.decisionNumber() == null ? "" : "№ " + item.decisionNumber())
                .setKey("decision").setHeader(getTranslation("action-item.field.decision")).setAutoWidth(true)
                .setFlexGrow(0);
        actionItems.addColumn(item -> item.completionNote() == null ? "" : item.completionNote()).setKey("note")
                .setHeader(getTranslation("action-item.field.completion-note")).setFlexGrow(1);
        actionItems.addComponentColumn(item -> {
            var buttons = new HorizontalLayout();
            if (item.mine()) {
                var progress = new Button(VaadinIcon.CHECK_SQUARE_O.create(),
                        e -> new ActionItemProgressDialog(actionItemService, item, saved -> refreshSelectedTab()).open());
                progress.setId("meeting-action-item-progress-" + item.id());
                progress.setAriaLabel(getTranslation("action-item.progress"));
                progress.setTooltipText(getTranslation("action-item.progress"));
                progress.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                buttons.add(progress);
            }
            if (mayEdit) {
                var edit = new Button(VaadinIcon.EDIT.create(), e -> openActionItem(item));
                edit.setId("meeting-action-item-edit-" + item.id());
                edit.setAriaLabel(getTranslation("action-item.edit"));
                edit.setTooltipText(getTranslation("action-item.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                buttons.add(edit);
            }
            return buttons;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        var add = new Button(getTranslation("action-item.new"), VaadinIcon.PLUS.create(), e -> openActionItem(null));
        add.setId(ID_ACTION_ITEM_NEW);
        add.setVisible(mayEdit);
        var content = new VerticalLayout(add, actionItems);
        content.setPadding(false);
        return content;
    }

    private void openActionItem(ActionItemView existing) {
        new ActionItemDialog(actionItemService, users, people, shown, decisionService.decisionsOf(shown.id()), existing,
                this::refreshSelectedTab).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PARAM_ID).flatMap(MeetingDetailsView::parseId)
                .flatMap(id -> meetings.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(MeetingDetails details) {
        shown = details;
        title.setText(details.title());
        typeBadge.setText(getTranslation("meeting-type." + details.type().name()));
        sharedBadge.setText(getTranslation("meeting.shared-badge"));
        sharedBadge.setVisible(details.sharedWithPartners() && !user.isCountryRestricted());
        summary.setText(summaryText(details));
        countryLinks.removeAll();
        for (var code : details.countryCodes()) {
            var link = new Anchor("countries/" + code, CountryNames.displayName(code, getLocale()));
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
        addRecordLinks("meeting.field.partnerships", details.partnerships(), "partnerships/", "meeting-partnership-");
        addRecordLinks("meeting.field.programmes", details.programmes(), "programmes/", "meeting-programme-");
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
        facts.add(overview.fact("title", "meeting.field.title", d.title()));
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
        facts.add(overview.fact("partnerships", "meeting.field.partnerships", names(d.partnerships())));
        facts.add(overview.fact("programmes", "meeting.field.programmes", names(d.programmes())));
        facts.add(overview.fact("agenda", "meeting.field.agenda", d.agenda()));
        facts.add(overview.fact("minutes", "meeting.field.minutes", d.minutes()));
        if (!user.isCountryRestricted()) {
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
            decisionsContent.get();
            shownDecisions = decisionService.decisionsOf(shown.id());
            decisions.setItems(shownDecisions);
        } else if (selected == actionItemsTab) {
            actionItemsContent.get();
            actionItems.setItems(actionItemService.actionItemsOf(shown.id(), getLocale()));
        } else if (selected == documentsTab) {
            documentsContent.removeAll();
            documentsContent.add(new DocumentsPanel(documents, DocumentOwnerKind.MEETING, shown.id(), mayEdit,
                    "meeting"));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            historyContent.add(new HistoryList(meetings.historyOf(shown.id()), this::fieldLabel, this::valueText));
        } else if (selected == participantsTab) {
            participantsContent.get();
            participants.setItems(shown.participants());
        }
    }

    private String fieldLabel(String field) {
        if (DocumentsPanel.isDocumentHistoryField(field)) {
            return DocumentsPanel.historyFieldLabel(this, field);
        }
        return getTranslation(switch (field) {
            case "type" -> "meeting.field.type";
            case "title" -> "meeting.field.title";
            case "startsAt" -> "meeting.field.start";
            case "endsAt" -> "meeting.field.end";
            case "place" -> "meeting.field.place";
            case "onlineLink" -> "meeting.field.online-link";
            case "countryCodes" -> "meeting.field.countries";
            case "organisationIds" -> "meeting.field.organisations";
            case "participants" -> "meeting.tab.participants";
            case "userIds" -> "meeting.field.users";
            case "partnershipIds" -> "meeting.field.partnerships";
            case "programmeIds" -> "meeting.field.programmes";
            case "agenda" -> "meeting.field.agenda";
            case "minutes" -> "meeting.field.minutes";
            case "internalNotes" -> "meeting.field.internal-notes";
            case "decision.text" -> "decision.field.text";
            case "decision.decidedOn" -> "decision.field.decided-on";
            case "decision.effectiveFrom" -> "decision.field.effective-from";
            case "actionItem.title" -> "action-item.field.title";
            case "actionItem.decisionId" -> "action-item.field.decision";
            case "actionItem.ownerUserId" -> "action-item.field.owner-user";
            case "actionItem.ownerPersonId" -> "action-item.field.owner-person";
            case "actionItem.dueOn" -> "action-item.field.due";
            case "actionItem.status" -> "action-item.field.status";
            case "actionItem.completionNote" -> "action-item.field.completion-note";
            case "actionItem.partnershipId" -> "action-item.field.partnership";
            case "actionItem.countryCode" -> "action-item.field.country";
            default -> "meeting.field.shared";
        });
    }

    private String valueText(String field, Object value) {
        if (DocumentsPanel.isDocumentHistoryField(field)) {
            return DocumentsPanel.historyValueText(this, getLocale(), field, value);
        }
        return switch (value) {
            case MeetingType t -> getTranslation("meeting-type." + t.name());
            case ActionItemStatus s -> getTranslation("action-item-status." + s.name());
            case LocalDate date -> MeetingTexts.date(date, getLocale());
            case Instant instant -> MeetingTexts.dateTime(instant, getLocale());
            case Boolean b -> getTranslation(b ? "value.yes" : "value.no");
            case Map<?, ?> map -> map.entrySet().stream().map(e -> personName((Long) e.getKey()) + " ("
                    + getTranslation("participant-role." + ((ParticipantRole) e.getValue()).name()) + ")")
                    .sorted().collect(Collectors.joining(", "));
            case Collection<?> c -> c.stream().map(element -> collectionValue(field, element)).sorted()
                    .collect(Collectors.joining(", "));
            case Long id when field.equals("actionItem.ownerUserId") -> Authors.shown(this,
                    users.displayNames(List.of(id)).get(id));
            case Long id when field.equals("actionItem.ownerPersonId") -> personName(id);
            case Long id when field.equals("actionItem.partnershipId") -> named(shown.partnerships(), id);
            case Long id when field.equals("actionItem.decisionId") -> shownDecisionNumber(id);
            case String code when field.equals("actionItem.countryCode") -> CountryNames.displayName(code, getLocale());
            default -> value.toString();
        };
    }

    private String collectionValue(String field, Object element) {
        return switch (field) {
            case "countryCodes" -> CountryNames.displayName((String) element, getLocale());
            case "organisationIds" -> named(shown.organisations(), (Long) element);
            case "userIds" -> Authors.shown(this, users.displayNames(List.of((Long) element)).get((Long) element));
            case "partnershipIds" -> named(shown.partnerships(), (Long) element);
            case "programmeIds" -> named(shown.programmes(), (Long) element);
            default -> element.toString();
        };
    }

    private String personName(long id) {
        return shown.participants().stream().filter(p -> p.personId() == id).map(MeetingDetails.Participant::name)
                .findFirst().orElseGet(() -> people.findVisibleName(id).orElse("#" + id));
    }

    private String shownDecisionNumber(long id) {
        return decisionService.decisionsOf(shown.id()).stream().filter(d -> d.id() == id).map(d -> "№ " + d.number())
                .findFirst().orElse("#" + id);
    }

    private static String named(List<MeetingDetails.Named> named, long id) {
        return named.stream().filter(n -> n.id() == id).map(MeetingDetails.Named::name).findFirst().orElse("#" + id);
    }

    private void save() {
        var form = overview.form();
        var changes = form.flatMap(MeetingForm::writeIfValid);
        if (changes.isEmpty()) {
            return;
        }
        try {
            var saved = meetings.update(changes.get(), getLocale());
            overview.close();
            show(saved);
            Notification.show(getTranslation("record.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException conflict) {
            ConflictDialog.open(this, ID_CONFLICT, this::reload,
                    () -> meetings.findVisibleById(shown.id(), getLocale()).ifPresent(stored -> {
                        // an explicit choice to put this user's values over the other save
                        shown = stored;
                        form.get().rebase(stored.version());
                        save();
                    }));
        } catch (MeetingRefusedException refused) {
            if (!form.get().showRefusal(refused)) {
                error("meeting.refused." + refused.reason().name());
            }
        } catch (ConstraintViolationException invalid) {
            error("record.invalid");
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MeetingListView.class));
        }
    }

    private void reload() {
        meetings.findVisibleById(shown.id(), getLocale()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(MeetingListView.class)));
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("meeting.list.title") : shown.title();
    }
}
