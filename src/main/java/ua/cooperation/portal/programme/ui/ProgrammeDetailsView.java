package ua.cooperation.portal.programme.ui;

import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.FollowSlot;
import ua.cooperation.portal.meeting.MeetingLinks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.CommentPanels;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordOverview;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.TranslationStatus;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.IatiExport;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeLinks;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * One programme in tabs: the overview (its values as text; officers press "Edit" for a buffered form, with a conflict
 * dialog when someone else saved first), organisations, budget and transactions (sums per currency), results and
 * beneficiaries, the approval steps, documents and the history of every change. Each tab is its own small component,
 * built when first opened. The approval buttons follow the reader's permissions (from the service) and the
 * programme's state; the service checks both again. A programme the user may not see shows the same "not found" page
 * as an id that does not exist.
 */
@Route(ProgrammeLinks.ROUTE + "/:" + ProgrammeDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class ProgrammeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "programme-title";
    static final String ID_APPROVAL = "programme-approval";
    static final String ID_TRANSLATIONS = "programme-translations";
    static final String ID_TRANSLATION_STATUS = "programme-translation-status";
    static final String ID_NOTICE = "programme-notice";
    static final String ID_EDIT = "programme-edit";
    static final String ID_SAVE = "programme-save";
    static final String ID_CANCEL = "programme-cancel";
    static final String ID_FACTS = "programme-facts";
    static final String ID_CONFLICT = "programme-conflict";
    static final String ID_SUBMIT = "programme-submit";
    static final String ID_APPROVE = "programme-approve";
    static final String ID_RETURN = "programme-return";
    static final String ID_REVISION = "programme-revision";
    static final String ID_STEP_DIALOG = "programme-step-dialog";
    static final String ID_STEP_COMMENT = "programme-step-comment";
    static final String ID_STEP_CONFIRM = "programme-step-confirm";
    static final String ID_IATI_DOWNLOAD = "programme-iati-download";
    static final String ID_IATI = "programme-iati";
    static final String ID_ORGANISATIONS_GRID = "programme-organisations-grid";
    static final String ID_TRANSACTIONS_GRID = "programme-transactions-grid";
    static final String ID_SUMS = "programme-sums";
    static final String ID_INDICATORS_GRID = "programme-indicators-grid";
    static final String ID_BENEFICIARIES_GRID = "programme-beneficiaries-grid";
    static final String ID_APPROVAL_HISTORY = "programme-approval-history";
    static final String ID_HISTORY = "programme-history";

    private final ProgrammeService programmes;
    private final ProgrammeApprovalService approvals;
    private final IatiExport export;
    private final DocumentsPanels<DocumentOwnerKind> documents;
    private final H2 title = new H2();
    private final Span identifier = new Span();
    private final Span approval = new Span();
    private final Span activityStatus = new Span();
    private final Span titleNote = new Span();
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final Paragraph summary = new Paragraph();
    private final Div notice = new Div();
    private final Div iati = new Div();
    private final Paragraph lastChange = new Paragraph();
    // the overview as text, and the editable form only while an officer edits (ADR 0028)
    private final RecordOverview<ProgrammeForm> overview;
    private final ProgrammeApprovalActions actions;
    // The tabs other than the overview are built when first opened: a grid with its columns holds about 40 KB of the
    // session's memory, and most visits never open those tabs (ADR 0027).
    private final LazyContent<ParticipantsGrid> organisationsContent = new LazyContent<>(ParticipantsGrid::new);
    private final LazyContent<ProgrammeBudgetTab> budgetContent;
    private final LazyContent<ProgrammeResultsTab> resultsContent = new LazyContent<>(
            () -> new ProgrammeResultsTab(this::saveInput));
    private final LazyContent<ApprovalHistoryGrid> approvalContent = new LazyContent<>(ApprovalHistoryGrid::new);
    private final TabSheet tabs = new TabSheet();
    private final Div documentsContent = new Div();
    private final Div historyContent = new Div();
    private final Div commentsContent = new Div();
    private final CommentPanels<TextOwnerKind> comments;
    private final Map<Tab, Runnable> tabRefreshes = new HashMap<>();
    private final EditFlow<ProgrammeDetails> editFlow;
    private ProgrammeDetails shown;
    private final FollowSlot<TextOwnerKind> follow;

    ProgrammeDetailsView(ProgrammeService programmes, ProgrammeApprovalService approvals, IatiExport export,
                         DocumentsPanels<DocumentOwnerKind> documents, ProgrammeLookups lookups,
                         RelatedRecords<MeetingFilter> meetings, FollowButtons<TextOwnerKind> follows,
                         CommentPanels<TextOwnerKind> comments) {
        this.programmes = programmes;
        this.comments = comments;
        this.follow = new FollowSlot<>(follows, TextOwnerKind.PROGRAMME);
        this.approvals = approvals;
        this.export = export;
        this.documents = documents;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT, () -> programmes.findVisibleById(shown.id(), getLocale()),
                this::show, this::backToList);
        setMaxWidth("80em");
        addClassName("portal-details-view");
        var back = new RouterLink(getTranslation("programme.back"), ProgrammeListView.class);
        back.setId("programme-back");
        var header = header();
        actions = new ProgrammeApprovalActions(approvals, editFlow, this::showRefusal, this::show);
        actions.add(iati);
        overview = new RecordOverview<>("programme",
                () -> new ProgrammeForm(lookups, getLocale()),
                form -> form.read(shown), this::save);
        budgetContent = new LazyContent<>(() -> new ProgrammeBudgetTab(lookups, this::saveInput));
        addTabs(meetings);
        add(back, header, summary, notice, actions, tabs);
    }

    private HorizontalLayout header() {
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        identifier.setId("programme-identifier-text");
        identifier.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        approval.setId(ID_APPROVAL);
        activityStatus.setId("programme-activity-status-badge");
        titleNote.setId(ID_TITLE + "-note");
        titleNote.addClassName("portal-text-note");
        // staff translate the title and summary on the translation page and see here what is still missing
        translationsLink.setId(ID_TRANSLATIONS);
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.setId(ID_TRANSLATION_STATUS);
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var header = new HorizontalLayout(title, titleNote, identifier, approval, activityStatus, translationsLink,
                translationStatus, follow);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        summary.setId("programme-summary");
        notice.setId(ID_NOTICE);
        notice.addClassName("portal-notice");
        iati.setId(ID_IATI);
        return header;
    }

    /** The tabs; each but the overview is refreshed from {@link #shown} when it is selected. */
    private void addTabs(RelatedRecords<MeetingFilter> meetings) {
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);
        documentsContent.setId("programme-documents");
        historyContent.setId(ID_HISTORY);
        tabs.setId("programme-tabs");
        tabs.setWidthFull();
        tab("details.tab.overview", overviewContent, "programme-tab-overview", () -> { });
        tab("programme.tab.organisations", organisationsContent, "programme-tab-organisations",
                () -> organisationsContent.get().setItems(shown.participants()));
        tab("programme.tab.budget", budgetContent, "programme-tab-budget",
                () -> budgetContent.get().show(shown, editable(shown)));
        tab("programme.tab.results", resultsContent, "programme-tab-results",
                () -> resultsContent.get().show(shown, editable(shown)));
        tab("programme.tab.approval", approvalContent, "programme-tab-approval",
                () -> approvalContent.get().setItems(approvals.approvalHistoryOf(shown.id())));
        tab("programme.tab.documents", documentsContent, "programme-tab-documents", () -> {
            documentsContent.removeAll();
            documentsContent.add(documents.create(DocumentOwnerKind.PROGRAMME, shown.id(),
                    shown.permissions().mayUpload(), "programme"));
        });
        // the meetings that link the programme, read when their tab is opened
        var meetingsContent = new Div();
        var meetingsTab = tab("meeting.list.title", meetingsContent, "programme-tab-meetings", () -> { });
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == meetingsTab && shown != null) {
                meetingsContent.removeAll();
                meetingsContent.add(meetings.create("programme-meetings",
                        MeetingFilter.ofProgramme(shown.id()), MeetingLinks.ofProgramme(shown.id())));
            }
        });
        commentsContent.setWidthFull();
        tab("comment.tab", commentsContent, "programme-tab-comments", () -> {
            commentsContent.removeAll();
            commentsContent.add(comments.create(TextOwnerKind.PROGRAMME, shown.id()));
        });
        tab("history.tab", historyContent, "programme-tab-history", () -> {
            historyContent.removeAll();
            var texts = new ProgrammeHistoryTexts(this, getLocale(), documents);
            historyContent.add(new HistoryList(comments.withComments(this, programmes.historyOf(shown.id()),
                    TextOwnerKind.PROGRAMME, shown.id()), texts::fieldLabel, texts::valueText));
        });
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
    }

    private Tab tab(String key, Component content, String id, Runnable refresh) {
        var tab = tabs.add(getTranslation(key), content);
        tab.setId(id);
        tabRefreshes.put(tab, refresh);
        return tab;
    }

    private static boolean editable(ProgrammeDetails details) {
        return details.permissions().mayEdit() && details.approval() != ApprovalState.SUBMITTED;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(id -> programmes.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ProgrammeDetails details) {
        shown = details;
        follow.show(details.id());
        var shownTitle = details.shownTitle();
        title.setText(shownTitle.text());
        title.getElement().setAttribute("lang", shownTitle.language());
        var note = TranslatedTexts.note(this, shownTitle);
        titleNote.setText(note == null ? "" : note);
        titleNote.setVisible(note != null);
        identifier.setText(details.identifier());
        approval.removeAll();
        approval.add(ProgrammeBadges.approval(details.approval()));
        activityStatus.removeAll();
        activityStatus.add(ProgrammeBadges.status(details.input().activityStatus()));
        var mayTranslate = details.permissions().mayEdit();
        translationsLink.setVisible(mayTranslate);
        translationStatus.setVisible(mayTranslate);
        if (mayTranslate) {
            translationsLink.setHref(TranslationLinks.of(TextOwnerKind.PROGRAMME, details.id()));
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        summary.setText(ProgrammeFacts.summary(this, getLocale(), details));
        overview.show(ProgrammeFacts.of(overview, this, getLocale(), details));
        overview.setEditable(editable(details));
        actions.show(details);
        showNotice(details);
        showIati(details);
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

    /** Tells officers and heads where the approval stands; a returned programme shows the head's comment. */
    private void showNotice(ProgrammeDetails details) {
        notice.removeAll();
        notice.setVisible(false);
        notice.removeClassName("portal-notice-warning");
        var permissions = details.permissions();
        if (!permissions.showsInternal()) {
            return;
        }
        var latest = approvals.approvalHistoryOf(details.id()).stream().findFirst();
        if (details.approval() == ApprovalState.SUBMITTED) {
            notice.add(new Paragraph(getTranslation(permissions.mayDecide() ? "programme.notice.awaiting-you"
                    : "programme.notice.awaiting")));
            notice.setVisible(true);
        } else if (details.approval() == ApprovalState.RETURNED && latest.isPresent()) {
            notice.add(new Paragraph(getTranslation("programme.notice.returned", latest.get().changedBy(),
                    latest.get().comment() == null ? "" : latest.get().comment())));
            notice.addClassName("portal-notice-warning");
            notice.setVisible(true);
        } else if (details.approval() == ApprovalState.APPROVED) {
            notice.add(new Paragraph(getTranslation("programme.notice.approved")));
            notice.setVisible(permissions.mayEdit());
        }
    }

    /** The IATI download, or what IATI still needs; scoped and audited by the export when the link is followed. */
    private void showIati(ProgrammeDetails details) {
        iati.removeAll();
        var missing = export.missingFor(details.id());
        if (missing.isEmpty()) {
            long id = details.id();
            iati.add(IatiDownloads.link(ID_IATI_DOWNLOAD, getTranslation("programme.iati.download"),
                    () -> export.exportOne(id)));
        } else {
            iati.add(IatiDownloads.missingList(this, missing, false));
        }
    }

    private void refreshSelectedTab() {
        if (shown != null) {
            tabRefreshes.getOrDefault(tabs.getSelectedTab(), () -> { }).run();
        }
    }

    /** Saves the stored programme with one child list changed (from the budget and results tabs). */
    private void saveInput(ProgrammeChanges changes) {
        editFlow.run(() -> programmes.update(changes, getLocale()), this::showRefusal, saved -> {
            show(saved);
            Notifications.saved(this);
        });
    }

    /** A refusal of a step or of a list's change: an officer gets the form at once, with the fields to fix marked. */
    private boolean showRefusal(RefusedException.Refusal refusal) {
        return editable(shown) && overview.edit().showRefusal(refusal);
    }

    private void save() {
        overview.form().ifPresent(form -> form.writeIfValid(shown.id(), shown.version()).ifPresent(changes ->
                editFlow.save(() -> programmes.update(changes, getLocale()), form,
                        saved -> {
                            overview.close();
                            show(saved);
                        },
                        // an explicit choice to put this user's values over the other save
                        stored -> shown = stored,
                        this::save)));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(ProgrammeListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("programme.list.title") : shown.title();
    }
}
