package ua.cooperation.portal.programme.ui;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.ConflictDialog;
import ua.cooperation.portal.base.ui.LazyContent;
import ua.cooperation.portal.base.ui.RecordOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import ua.cooperation.portal.base.ui.RelatedMeetings;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingService;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
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
import ua.cooperation.portal.base.ui.RemarkField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.ApprovalStepItem;
import ua.cooperation.portal.programme.IatiExport;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeRefusedException;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One programme in tabs: the overview (its values as text; officers press "Edit" for a buffered form, with a conflict
 * dialog when someone else saved first), organisations, budget and transactions (sums per currency), results and beneficiaries, the approval steps,
 * documents and the history of every change. The approval buttons follow the user's role and the programme's state;
 * the service checks both again. A programme the user may not see shows the same "not found" page as an id that does
 * not exist.
 */
@Route("programmes/:" + ProgrammeDetailsView.PARAM_ID)
@PermitAll
public class ProgrammeDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "programme-title";
    static final String ID_APPROVAL = "programme-approval";
    static final String ID_MISSING_TRANSLATION = "programme-missing-translation";
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

    /** An approval step the view offers, with the translation key of its button and whether a comment is required. */
    enum Step {
        SUBMIT(false), APPROVE(false), RETURN(true), REVISION(false);

        final boolean commentRequired;

        Step(boolean commentRequired) {
            this.commentRequired = commentRequired;
        }
    }

    private final ProgrammeService programmes;
    private final ProgrammeApprovalService approvals;
    private final IatiExport export;
    private final DocumentService documents;
    private final PortalUser user;
    private final boolean mayEdit;
    private final boolean mayDecide;
    private final H2 title = new H2();
    private final Span identifier = new Span();
    private final Span approval = new Span();
    private final Span activityStatus = new Span();
    private final Span missingTranslation = new Span();
    private final Paragraph summary = new Paragraph();
    private final Div notice = new Div();
    private final Div iati = new Div();
    private final Paragraph lastChange = new Paragraph();
    // the overview as text, and the editable form only while an officer edits (ADR 0028)
    private final RecordOverview<ProgrammeForm> overview;
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button returnButton = new Button();
    private final Button revision = new Button();
    // The grids of the tabs other than the overview are built when their tab is first opened: a grid with its columns
    // holds about 40 KB of the session's memory, and most visits never open those tabs (ADR 0027).
    private final Div organisationsContent = new Div();
    private Grid<ProgrammeDetails.ParticipantItem> organisationsGrid;
    private final Div budgetSummary = new Div();
    private Grid<ProgrammeDetails.TransactionItem> transactionsGrid;
    private final Div sums = new Div();
    private Grid<ProgrammeChanges.Indicator> indicatorsGrid;
    private Grid<ProgrammeChanges.BeneficiaryCount> beneficiariesGrid;
    private final Div approvalContent = new Div();
    private Grid<ApprovalStepItem> approvalHistory;
    // the budget and results tabs with their "add" buttons are built when first opened, like their grids
    private final LazyContent<VerticalLayout> budgetTabContent = new LazyContent<>(this::budgetContent);
    private final LazyContent<VerticalLayout> resultsTabContent = new LazyContent<>(this::resultsContent);
    private Button addTransaction;
    private Button addIndicator;
    private Button addBeneficiary;
    private final OrganisationService organisations;
    private final TabSheet tabs = new TabSheet();
    private final Div documentsContent = new Div();
    private final Div historyContent = new Div();
    private final Tab organisationsTab;
    private final Tab budgetTab;
    private final Tab resultsTab;
    private final Tab approvalTab;
    private final Tab documentsTab;
    private final Tab historyTab;
    private ProgrammeDetails shown;

    ProgrammeDetailsView(ProgrammeService programmes, ProgrammeApprovalService approvals, IatiExport export,
                         DocumentService documents, CountryService countries, OrganisationService organisations, PartnershipService partnerships,
                         MeetingService meetings, CurrentUser currentUser) {
        this.programmes = programmes;
        this.approvals = approvals;
        this.export = export;
        this.documents = documents;
        this.organisations = organisations;
        this.user = currentUser.require();
        this.mayEdit = !user.isCountryRestricted() && (user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN));
        this.mayDecide = !user.isCountryRestricted() && user.hasRole(Role.HEAD);
        setMaxWidth("80em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("programme.back"), ProgrammeListView.class);
        back.setId("programme-back");
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        identifier.setId("programme-identifier-text");
        identifier.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        approval.setId(ID_APPROVAL);
        activityStatus.setId("programme-activity-status-badge");
        missingTranslation.setId(ID_MISSING_TRANSLATION);
        missingTranslation.addClassNames("portal-badge", "portal-badge-missing");
        var header = new HorizontalLayout(title, identifier, approval, activityStatus, missingTranslation);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        summary.setId("programme-summary");
        notice.setId(ID_NOTICE);
        notice.addClassName("portal-notice");
        iati.setId(ID_IATI);

        stepButton(submit, ID_SUBMIT, Step.SUBMIT, VaadinIcon.PAPERPLANE);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stepButton(approve, ID_APPROVE, Step.APPROVE, VaadinIcon.CHECK);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        stepButton(returnButton, ID_RETURN, Step.RETURN, VaadinIcon.ARROW_BACKWARD);
        stepButton(revision, ID_REVISION, Step.REVISION, VaadinIcon.EDIT);
        var lifecycle = new HorizontalLayout(submit, approve, returnButton, revision, iati);
        lifecycle.setAlignItems(FlexComponent.Alignment.BASELINE);
        lifecycle.addClassName(LumoUtility.FlexWrap.WRAP);

        overview = new RecordOverview<>("programme",
                () -> new ProgrammeForm(countries, organisations, partnerships, getLocale()),
                form -> form.read(shown), this::save);
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var overviewContent = new VerticalLayout(overview, lastChange);
        overviewContent.setPadding(false);

        budgetSummary.setId("programme-budget-summary");
        sums.setId(ID_SUMS);
        organisationsContent.setWidthFull();
        approvalContent.setWidthFull();
        documentsContent.setId("programme-documents");
        historyContent.setId(ID_HISTORY);
        tabs.setId("programme-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overviewContent).setId("programme-tab-overview");
        organisationsTab = tabs.add(getTranslation("programme.tab.organisations"), organisationsContent);
        organisationsTab.setId("programme-tab-organisations");
        budgetTab = tabs.add(getTranslation("programme.tab.budget"), budgetTabContent);
        budgetTab.setId("programme-tab-budget");
        resultsTab = tabs.add(getTranslation("programme.tab.results"), resultsTabContent);
        resultsTab.setId("programme-tab-results");
        approvalTab = tabs.add(getTranslation("programme.tab.approval"), approvalContent);
        approvalTab.setId("programme-tab-approval");
        documentsTab = tabs.add(getTranslation("programme.tab.documents"), documentsContent);
        documentsTab.setId("programme-tab-documents");
        // the meetings that link the programme, read when their tab is opened
        var meetingsContent = new Div();
        var meetingsTab = tabs.add(getTranslation("meeting.list.title"), meetingsContent);
        meetingsTab.setId("programme-tab-meetings");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == meetingsTab && shown != null) {
                meetingsContent.removeAll();
                meetingsContent.add(new RelatedMeetings("programme-meetings", meetings,
                        MeetingFilter.ofProgramme(shown.id()), "meetings?programme=" + shown.id()));
            }
        });
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("programme-tab-history");
        tabs.addSelectedChangeListener(e -> refreshSelectedTab());
        add(back, header, summary, notice, lifecycle, tabs);
    }

    private void stepButton(Button button, String id, Step step, VaadinIcon icon) {
        button.setId(id);
        button.setText(getTranslation("programme.step." + step.name()));
        button.setIcon(icon.create());
        button.addClickListener(e -> openStep(step));
    }

    private Grid<ProgrammeDetails.ParticipantItem> organisationsGrid() {
        if (organisationsGrid != null) {
            return organisationsGrid;
        }
        organisationsGrid = new Grid<>();
        organisationsGrid.setId(ID_ORGANISATIONS_GRID);
        organisationsGrid.setAllRowsVisible(true);
        organisationsGrid.setEmptyStateText(getTranslation("programme.organisations.empty"));
        organisationsGrid.addColumn(ProgrammeDetails.ParticipantItem::name)
                .setHeader(getTranslation("programme.field.organisation")).setFlexGrow(3);
        organisationsGrid.addColumn(p -> p.countryCode() == null ? ""
                        : CountryNames.displayName(p.countryCode(), getLocale()))
                .setHeader(getTranslation("registry.field.country")).setAutoWidth(true);
        organisationsGrid.addColumn(p -> getTranslation("organisation-role." + p.role().name()))
                .setHeader(getTranslation("programme.field.role")).setAutoWidth(true);
        organisationsContent.add(organisationsGrid);
        return organisationsGrid;
    }

    private Grid<ProgrammeDetails.TransactionItem> transactionsGrid() {
        if (transactionsGrid != null) {
            return transactionsGrid;
        }
        transactionsGrid = new Grid<>();
        transactionsGrid.setId(ID_TRANSACTIONS_GRID);
        transactionsGrid.setAllRowsVisible(true);
        transactionsGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        transactionsGrid.setEmptyStateText(getTranslation("programme.transactions.empty"));
        transactionsGrid.addColumn(t -> ProgrammeBadges.date(t.date(), getLocale()))
                .setHeader(getTranslation("programme.transaction.date")).setAutoWidth(true);
        transactionsGrid.addColumn(t -> getTranslation("transaction-type." + t.type().name()))
                .setHeader(getTranslation("programme.transaction.type")).setAutoWidth(true);
        transactionsGrid.addColumn(t -> ProgrammeBadges.money(t.amount(), t.currency(), getLocale()))
                .setHeader(getTranslation("programme.transaction.amount")).setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        transactionsGrid.addColumn(t -> t.providerName() == null ? "" : t.providerName())
                .setHeader(getTranslation("programme.transaction.provider")).setFlexGrow(2);
        transactionsGrid.addColumn(t -> t.receiverName() == null ? "" : t.receiverName())
                .setHeader(getTranslation("programme.transaction.receiver")).setFlexGrow(2);
        transactionsGrid.addComponentColumn(t -> removeButton("programme-transaction-remove-"
                        + indexOf(shown.transactions(), t), () -> saveInput(shown.input().withTransactions(
                        without(shown.input().transactions(), indexOf(shown.transactions(), t))))))
                .setKey("edit").setAutoWidth(true).setFlexGrow(0);
        budgetTabContent.get().add(transactionsGrid);
        return transactionsGrid;
    }

    private Grid<ProgrammeChanges.Indicator> indicatorsGrid() {
        if (indicatorsGrid != null) {
            return indicatorsGrid;
        }
        indicatorsGrid = new Grid<>();
        indicatorsGrid.setId(ID_INDICATORS_GRID);
        indicatorsGrid.setAllRowsVisible(true);
        indicatorsGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicatorsGrid.setEmptyStateText(getTranslation("programme.indicators.empty"));
        indicatorsGrid.addColumn(ProgrammeChanges.Indicator::title)
                .setHeader(getTranslation("programme.indicator.title")).setFlexGrow(2);
        indicatorsGrid.addColumn(i -> i.unit() == null ? "" : i.unit())
                .setHeader(getTranslation("programme.indicator.unit")).setAutoWidth(true);
        indicatorsGrid.addColumn(i -> i.baselineValue() == null ? "" : number(i.baselineValue())
                        + (i.baselineYear() == null ? "" : " (" + i.baselineYear() + ")"))
                .setHeader(getTranslation("programme.indicator.baseline")).setAutoWidth(true);
        indicatorsGrid.addColumn(i -> number(i.target())).setHeader(getTranslation("programme.indicator.target"))
                .setAutoWidth(true);
        indicatorsGrid.addColumn(this::periodsText).setHeader(getTranslation("programme.indicator.periods"))
                .setFlexGrow(3);
        indicatorsGrid.addComponentColumn(indicator -> {
            int index = indexOf(shown.input().indicators(), indicator);
            var addPeriod = new Button(getTranslation("programme.period.add"), VaadinIcon.PLUS.create(),
                    e -> ChildListDialogs.period(this, getLocale(), period -> {
                        var indicators = new java.util.ArrayList<>(shown.input().indicators());
                        indicators.set(index, indicator.withPeriods(append(indicator.periods(), period)));
                        saveInput(shown.input().withIndicators(indicators));
                    }));
            addPeriod.setId("programme-period-add-" + index);
            addPeriod.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var remove = removeButton("programme-indicator-remove-" + index, () -> saveInput(shown.input()
                    .withIndicators(without(shown.input().indicators(), index))));
            return new HorizontalLayout(addPeriod, remove);
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        // after the indicators' "add" button, before the beneficiaries' heading
        var results = resultsTabContent.get();
        results.addComponentAtIndex(results.indexOf(addIndicator) + 1, indicatorsGrid);
        return indicatorsGrid;
    }

    private Grid<ProgrammeChanges.BeneficiaryCount> beneficiariesGrid() {
        if (beneficiariesGrid != null) {
            return beneficiariesGrid;
        }
        beneficiariesGrid = new Grid<>();
        beneficiariesGrid.setId(ID_BENEFICIARIES_GRID);
        beneficiariesGrid.setAllRowsVisible(true);
        beneficiariesGrid.setEmptyStateText(getTranslation("programme.beneficiaries.empty"));
        beneficiariesGrid.addColumn(b -> getTranslation("target-group." + b.targetGroup().name()))
                .setHeader(getTranslation("programme.beneficiary.group")).setFlexGrow(2);
        beneficiariesGrid.addColumn(b -> Integer.toString(b.count()))
                .setHeader(getTranslation("programme.beneficiary.count")).setAutoWidth(true);
        beneficiariesGrid.addComponentColumn(b -> removeButton("programme-beneficiary-remove-"
                        + indexOf(shown.input().beneficiaries(), b), () -> saveInput(shown.input().withBeneficiaries(
                        without(shown.input().beneficiaries(), indexOf(shown.input().beneficiaries(), b))))))
                .setKey("edit").setAutoWidth(true).setFlexGrow(0);
        resultsTabContent.get().add(beneficiariesGrid);
        return beneficiariesGrid;
    }

    private Grid<ApprovalStepItem> approvalHistory() {
        if (approvalHistory != null) {
            return approvalHistory;
        }
        approvalHistory = new Grid<>();
        approvalHistory.setId(ID_APPROVAL_HISTORY);
        approvalHistory.setAllRowsVisible(true);
        approvalHistory.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        approvalHistory.setEmptyStateText(getTranslation("history.empty"));
        approvalHistory.addColumn(row -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(row.changedAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("programme.approval-history.when")).setAutoWidth(true);
        approvalHistory.addColumn(row -> (row.fromState() == null ? ""
                        : getTranslation("approval-state." + row.fromState().name()) + " → ")
                        + getTranslation("approval-state." + row.toState().name()))
                .setHeader(getTranslation("programme.approval-history.step")).setAutoWidth(true);
        approvalHistory.addColumn(row -> RemarkField.shown(this, row.comment(), row.commentForPartners()))
                .setHeader(getTranslation("programme.approval-history.comment")).setFlexGrow(3);
        approvalHistory.addColumn(row -> Authors.shown(this, row.changedBy()))
                .setHeader(getTranslation("programme.approval-history.by")).setAutoWidth(true);
        approvalContent.add(approvalHistory);
        return approvalHistory;
    }

    /*
     * Rows of the child lists are added in small dialogs and removed in place; each change saves the stored programme
     * with that one list changed (unsaved edits in the overview form are kept apart: they are saved with its button).
     */
    private VerticalLayout budgetContent() {
        addTransaction = listButton("programme-transaction-add", "programme.transaction.add",
                () -> ChildListDialogs.transaction(this, organisations, getLocale(), shown.input().budgetCurrency(),
                        t -> saveInput(shown.input().withTransactions(append(shown.input().transactions(), t)))));
        var content = new VerticalLayout(budgetSummary, sums, addTransaction);
        content.setPadding(false);
        return content;
    }

    private VerticalLayout resultsContent() {
        addIndicator = listButton("programme-indicator-add", "programme.indicator.add",
                () -> ChildListDialogs.indicator(this,
                        i -> saveInput(shown.input().withIndicators(append(shown.input().indicators(), i)))));
        addBeneficiary = listButton("programme-beneficiary-add", "programme.beneficiary.add",
                () -> ChildListDialogs.beneficiaries(this, b -> saveInput(shown.input().withBeneficiaries(
                        append(shown.input().beneficiaries(), b)))));
        var content = new VerticalLayout(new H4(getTranslation("programme.tab.results.indicators")), addIndicator,
                new H4(getTranslation("programme.tab.results.beneficiaries")), addBeneficiary);
        content.setPadding(false);
        return content;
    }

    private Button listButton(String id, String key, Runnable open) {
        var button = new Button();
        button.setId(id);
        button.setText(getTranslation(key));
        button.setIcon(VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> open.run());
        return button;
    }

    private Button removeButton(String id, Runnable action) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        remove.setId(id);
        remove.setAriaLabel(getTranslation("programme.action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private static <T> List<T> append(List<T> list, T item) {
        var result = new java.util.ArrayList<>(list);
        result.add(item);
        return result;
    }

    private static <T> List<T> without(List<T> list, int index) {
        var result = new java.util.ArrayList<>(list);
        if (index >= 0 && index < result.size()) {
            result.remove(index);
        }
        return result;
    }

    /** The position of this very row (records may be equal, so by identity first). */
    private static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return list.indexOf(item);
    }

    private void saveInput(ProgrammeChanges changes) {
        try {
            show(programmes.update(changes, getLocale()));
            Notification.show(getTranslation("record.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ProgrammeRefusedException refused) {
            refusal(refused);
        } catch (ConcurrentEditException conflict) {
            error("conflict.text");
            reload();
        } catch (ConstraintViolationException invalid) {
            error("record.invalid");
        }
    }

    private String periodsText(ProgrammeChanges.Indicator indicator) {
        return indicator.periods().stream().map(p -> getTranslation("programme.indicator.period",
                        ProgrammeBadges.date(p.start(), getLocale()), ProgrammeBadges.date(p.end(), getLocale()),
                        number(p.target()), p.actual() == null ? "—" : number(p.actual())))
                .collect(Collectors.joining("; "));
    }

    private String number(BigDecimal value) {
        return value == null ? "" : java.text.NumberFormat.getNumberInstance(getLocale()).format(value);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PARAM_ID).flatMap(ProgrammeDetailsView::parseId)
                .flatMap(id -> programmes.findVisibleById(id, getLocale()));
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

    private void show(ProgrammeDetails details) {
        shown = details;
        var input = details.input();
        title.setText(details.title(getLocale()));
        identifier.setText(details.identifier());
        approval.removeAll();
        approval.add(ProgrammeBadges.approval(details.approval()));
        activityStatus.removeAll();
        activityStatus.add(ProgrammeBadges.status(input.activityStatus()));
        var missing = details.missingTranslations();
        missingTranslation.setVisible(!missing.isEmpty());
        missingTranslation.setText(getTranslation("programme.missing-translation", missing.stream()
                .map(language -> getTranslation("programme.language." + language)).collect(Collectors.joining(", "))));
        summary.setText(summaryText(details));
        boolean editable = mayEdit && details.approval() != ApprovalState.SUBMITTED;
        overview.show(facts(details));
        overview.setEditable(editable);
        submit.setVisible(mayEdit && (details.approval() == ApprovalState.DRAFT
                || details.approval() == ApprovalState.RETURNED));
        approve.setVisible(mayDecide && details.approval() == ApprovalState.SUBMITTED);
        returnButton.setVisible(mayDecide && details.approval() == ApprovalState.SUBMITTED);
        revision.setVisible(mayEdit && details.approval() == ApprovalState.APPROVED);
        showNotice(details);
        showIati(details);
        budgetSummary.setText(input.budgetAmount() == null ? getTranslation("programme.budget.none")
                : getTranslation("programme.budget.text", ProgrammeBadges.money(input.budgetAmount(),
                input.budgetCurrency(), getLocale()), ProgrammeBadges.date(input.budgetStart(), getLocale()),
                ProgrammeBadges.date(input.budgetEnd(), getLocale())));
        showSums(details);
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

    /** The overview's values as the reader sees them; the same fields as the form, in its order. */
    private List<RecordOverview.Fact> facts(ProgrammeDetails details) {
        var c = details.input();
        var locale = getLocale();
        return List.of(
                overview.fact("identifier", "programme.field.identifier", c.identifier()),
                overview.fact("activity-status", "programme.field.activity-status",
                        getTranslation("activity-status." + c.activityStatus().name())),
                overview.fact("title-uk", "programme.field.title-uk", c.titleUk()),
                overview.fact("title-en", "programme.field.title-en", c.titleEn()),
                overview.fact("title-lt", "programme.field.title-lt", c.titleLt()),
                overview.fact("shared", "programme.field.shared", c.sharedWithPartners()),
                overview.fact("summary-uk", "programme.field.summary-uk", c.summaryUk()),
                overview.fact("summary-en", "programme.field.summary-en", c.summaryEn()),
                overview.fact("summary-lt", "programme.field.summary-lt", c.summaryLt()),
                overview.fact("planned-start", "programme.field.planned-start",
                        ProgrammeBadges.date(c.plannedStart(), locale)),
                overview.fact("planned-end", "programme.field.planned-end",
                        ProgrammeBadges.date(c.plannedEnd(), locale)),
                overview.fact("actual-start", "programme.field.actual-start",
                        ProgrammeBadges.date(c.actualStart(), locale)),
                overview.fact("actual-end", "programme.field.actual-end", ProgrammeBadges.date(c.actualEnd(), locale)),
                overview.fact("countries", "programme.field.countries", c.countryCodes().stream()
                        .map(code -> CountryNames.displayName(code, locale)).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("partnerships", "programme.field.partnerships", details.partnerships().stream()
                        .map(ProgrammeDetails.Linked::name).collect(Collectors.joining(", "))),
                overview.fact("target-groups", "programme.field.target-groups", c.targetGroups().stream()
                        .map(g -> getTranslation("target-group." + g.name())).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("support-areas", "programme.field.support-areas", c.supportAreas().stream()
                        .map(a -> getTranslation("support-area." + a.name())).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("budget", "programme.field.budget", c.budgetAmount() == null ? ""
                        : getTranslation("programme.budget.text", ProgrammeBadges.money(c.budgetAmount(),
                        c.budgetCurrency(), locale), ProgrammeBadges.date(c.budgetStart(), locale),
                        ProgrammeBadges.date(c.budgetEnd(), locale))),
                overview.fact("sectors", "programme.field.sector", c.sectors().stream()
                        .map(share -> share.sector().code() + " · " + getTranslation("sector." + share.sector().name())
                                + " — " + share.percentage() + " %")
                        .collect(Collectors.joining("; "))),
                overview.fact("organisations", "programme.field.organisations", details.participants().stream()
                        .map(p -> p.name() + " (" + getTranslation("organisation-role." + p.role().name()) + ")")
                        .collect(Collectors.joining("; "))));
    }


    private void showSums(ProgrammeDetails details) {
        sums.removeAll();
        for (var type : TransactionType.values()) {
            var perCurrency = details.sums().get(type);
            if (perCurrency == null) {
                continue;
            }
            var line = new Paragraph(getTranslation("programme.sums." + type.name()) + ": "
                    + perCurrency.entrySet().stream()
                    .map(e -> ProgrammeBadges.money(e.getValue(), e.getKey(), getLocale()))
                    .collect(Collectors.joining(" · ")));
            line.setId("programme-sum-" + type.name().toLowerCase(java.util.Locale.ROOT));
            line.addClassName(LumoUtility.Margin.Vertical.XSMALL);
            sums.add(line);
        }
    }

    private String summaryText(ProgrammeDetails d) {
        var parts = new java.util.ArrayList<String>();
        var text = d.summary(getLocale());
        if (!text.isBlank()) {
            parts.add(text);
        }
        if (!d.countryCodes().isEmpty()) {
            parts.add(d.countryCodes().stream().map(c -> CountryNames.displayName(c, getLocale())).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!d.partnerships().isEmpty()) {
            parts.add(getTranslation("programme.summary.partnerships", d.partnerships().stream()
                    .map(ProgrammeDetails.Linked::name).collect(Collectors.joining(", "))));
        }
        return String.join(" · ", parts);
    }

    /** Tells officers and heads where the approval stands; a returned programme shows the head's comment. */
    private void showNotice(ProgrammeDetails details) {
        notice.removeAll();
        notice.setVisible(false);
        notice.removeClassName("portal-notice-warning");
        if (user.isCountryRestricted()) {
            return;
        }
        var latest = approvals.approvalHistoryOf(details.id()).stream().findFirst();
        if (details.approval() == ApprovalState.SUBMITTED) {
            notice.add(new Paragraph(getTranslation(mayDecide ? "programme.notice.awaiting-you"
                    : "programme.notice.awaiting")));
            notice.setVisible(true);
        } else if (details.approval() == ApprovalState.RETURNED && latest.isPresent()) {
            notice.add(new Paragraph(getTranslation("programme.notice.returned", latest.get().changedBy(),
                    latest.get().comment() == null ? "" : latest.get().comment())));
            notice.addClassName("portal-notice-warning");
            notice.setVisible(true);
        } else if (details.approval() == ApprovalState.APPROVED) {
            notice.add(new Paragraph(getTranslation("programme.notice.approved")));
            notice.setVisible(mayEdit);
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
        if (shown == null) {
            return;
        }
        var selected = tabs.getSelectedTab();
        boolean editable = mayEdit && shown.approval() != ApprovalState.SUBMITTED;
        if (selected == organisationsTab) {
            organisationsGrid().setItems(shown.participants());
        } else if (selected == budgetTab) {
            transactionsGrid().getColumnByKey("edit").setVisible(editable);
            addTransaction.setVisible(editable);
            transactionsGrid.setItems(shown.transactions());
        } else if (selected == resultsTab) {
            indicatorsGrid().getColumnByKey("edit").setVisible(editable);
            indicatorsGrid.setItems(shown.input().indicators());
            beneficiariesGrid().getColumnByKey("edit").setVisible(editable);
            addIndicator.setVisible(editable);
            addBeneficiary.setVisible(editable);
            beneficiariesGrid.setItems(shown.input().beneficiaries());
        } else if (selected == approvalTab) {
            approvalHistory().setItems(approvals.approvalHistoryOf(shown.id()));
        } else if (selected == documentsTab) {
            documentsContent.removeAll();
            documentsContent.add(new DocumentsPanel(documents, DocumentOwnerKind.PROGRAMME, shown.id(), mayEdit,
                    "programme"));
        } else if (selected == historyTab) {
            historyContent.removeAll();
            historyContent.add(new HistoryList(programmes.historyOf(shown.id()), this::fieldLabel, this::valueText));
        }
    }

    private void openStep(Step step) {
        var dialog = new Dialog(getTranslation("programme.step." + step.name()));
        dialog.setId(ID_STEP_DIALOG);
        dialog.setWidth("min(32em, 95vw)");
        var remark = new RemarkField(ID_STEP_COMMENT, getTranslation(step.commentRequired
                ? "programme.step.comment-required" : "programme.step.comment"), 2000);
        var comment = remark.text();
        comment.setRequiredIndicatorVisible(step.commentRequired);
        var confirm = new Button(getTranslation("programme.step." + step.name()), e -> {
            if (step.commentRequired && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("programme.refused.COMMENT_REQUIRED"));
                comment.setInvalid(true);
                return;
            }
            try {
                var text = remark.value();
                var result = switch (step) {
                    case SUBMIT -> approvals.submit(shown.id(), shown.version(), text, getLocale());
                    case APPROVE -> approvals.approve(shown.id(), shown.version(), text, getLocale());
                    case RETURN -> approvals.returnToOfficers(shown.id(), shown.version(), text, getLocale());
                    case REVISION -> approvals.startRevision(shown.id(), shown.version(), text, getLocale());
                };
                dialog.close();
                show(result);
                Notification.show(getTranslation("programme.step.done." + step.name()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ProgrammeRefusedException refused) {
                dialog.close();
                refusal(refused);
            } catch (ConcurrentEditException conflict) {
                dialog.close();
                error("conflict.text");
                reload();
            }
        });
        confirm.setId(ID_STEP_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(remark);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Lists every reason in one message (a submission may lack several parts). */
    private void refusal(ProgrammeRefusedException refused) {
        // an officer gets the form at once, with the fields to fix marked
        if (shown != null && mayEdit && shown.approval() != ApprovalState.SUBMITTED) {
            overview.edit().showRefusal(refused);
        }
        var text = refused.reasons().stream().map(r -> getTranslation("programme.refused." + r.name()))
                .collect(Collectors.joining(" "));
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("programme-refused");
    }

    private String fieldLabel(String field) {
        if (DocumentsPanel.isDocumentHistoryField(field)) {
            return DocumentsPanel.historyFieldLabel(this, field);
        }
        return getTranslation("programme.history." + field);
    }

    private String valueText(String field, Object value) {
        if (DocumentsPanel.isDocumentHistoryField(field)) {
            return DocumentsPanel.historyValueText(this, getLocale(), field, value);
        }
        return switch (value) {
            case ActivityStatus s -> getTranslation("activity-status." + s.name());
            case ApprovalState s -> getTranslation("approval-state." + s.name());
            case LocalDate date -> ProgrammeBadges.date(date, getLocale());
            case Boolean b -> getTranslation(b ? "value.yes" : "value.no");
            case BigDecimal amount -> number(amount);
            case Collection<?> c -> c.stream().map(this::itemText).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** An element of a collection field in the history: enums translated, list rows shortly described. */
    private String itemText(Object item) {
        return switch (item) {
            case TargetGroup g -> getTranslation("target-group." + g.name());
            case SupportArea a -> getTranslation("support-area." + a.name());
            case Sector s -> s.code();
            case OrganisationRole r -> getTranslation("organisation-role." + r.name());
            case String code when code.length() == 2 -> CountryNames.displayName(code, getLocale());
            default -> String.valueOf(item);
        };
    }

    private void save() {
        var form = overview.form();
        var changes = form.flatMap(f -> f.writeIfValid(shown.id(), shown.version()));
        if (changes.isEmpty()) {
            return;
        }
        try {
            var saved = programmes.update(changes.get(), getLocale());
            overview.close();
            show(saved);
            Notification.show(getTranslation("record.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException conflict) {
            ConflictDialog.open(this, ID_CONFLICT, this::reload,
                    () -> programmes.findVisibleById(shown.id(), getLocale()).ifPresent(stored -> {
                        // an explicit choice to put this user's values over the other save
                        var mine = form.get().writeIfValid(stored.id(), stored.version());
                        mine.ifPresent(c -> {
                            try {
                                var saved = programmes.update(c, getLocale());
                                overview.close();
                                show(saved);
                            } catch (ProgrammeRefusedException refused) {
                                refusal(refused);
                            }
                        });
                    }));
        } catch (ProgrammeRefusedException refused) {
            refusal(refused);
        } catch (ConstraintViolationException invalid) {
            error("record.invalid");
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(ProgrammeListView.class));
        }
    }

    private void reload() {
        programmes.findVisibleById(shown.id(), getLocale()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(ProgrammeListView.class)));
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("programme.list.title") : shown.title(getLocale());
    }
}
