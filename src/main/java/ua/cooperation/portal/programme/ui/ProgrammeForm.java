package ua.cooperation.portal.programme.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A programme's own fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds and the service
 * accepts it. Sectors (with their shares, which must add up to 100) and participating organisations are small lists
 * edited in place. Transactions, indicators and beneficiary counts are carried through unchanged from the stored
 * programme (shown on their tabs).
 * <p>
 * The rules of single fields are the ones {@link ProgrammeChanges} declares and the service checks again
 * ({@link Constraints}); only the checks across fields (an end not before its start, a currency with an amount) are
 * the form's own. The fields bind to a small mutable {@link Draft} with typed accessors rather than to the record
 * itself: a record binder binds by property names, which the compiler does not check, and half of the record is not
 * in these fields (sectors and participants have their own editors, the child lists are carried through). The pickers'
 * choices come from {@link ProgrammeLookups}, so the form calls no service.
 */
class ProgrammeForm extends VerticalLayout implements RecordForm {

    static final String ID_IDENTIFIER = "programme-identifier";
    static final String ID_TITLE = "programme-title-original";
    static final String ID_SUMMARY = "programme-summary-original";
    static final String ID_ACTIVITY_STATUS = "programme-activity-status";
    static final String ID_PLANNED_START = "programme-planned-start";
    static final String ID_PLANNED_END = "programme-planned-end";
    static final String ID_ACTUAL_START = "programme-actual-start";
    static final String ID_ACTUAL_END = "programme-actual-end";
    static final String ID_COUNTRIES = "programme-countries";
    static final String ID_TARGET_GROUPS = "programme-target-groups";
    static final String ID_SUPPORT_AREAS = "programme-support-areas";
    static final String ID_PARTNERSHIPS = "programme-partnerships";
    static final String ID_BUDGET_AMOUNT = "programme-budget-amount";
    static final String ID_BUDGET_CURRENCY = "programme-budget-currency";
    static final String ID_BUDGET_START = "programme-budget-start";
    static final String ID_BUDGET_END = "programme-budget-end";
    static final String ID_SHARED = "programme-shared";
    static final String ID_SECTOR = "programme-sector";
    static final String ID_SECTOR_PERCENTAGE = "programme-sector-percentage";
    static final String ID_SECTOR_ADD = "programme-sector-add";
    static final String ID_SECTORS = "programme-sectors";
    static final String ID_SECTOR_TOTAL = "programme-sector-total";
    static final String ID_ORGANISATION = "programme-organisation";
    static final String ID_ORGANISATION_ROLE = "programme-organisation-role";
    static final String ID_ORGANISATION_ADD = "programme-organisation-add";
    static final String ID_ORGANISATIONS = "programme-organisations";
    static final List<String> CURRENCIES = List.of("EUR", "UAH", "PLN", "USD", "GBP", "CHF", "SEK", "NOK", "DKK",
            "CZK");

    /** A registry record offered in a picker. */
    record Choice(long id, String name) {
    }

    /** The form's working copy, with typed accessors so that bindings are checked by the compiler. */
    static final class Draft {
        String identifier;
        String title;
        String summary;
        ActivityStatus activityStatus = ActivityStatus.PIPELINE;
        LocalDate plannedStart;
        LocalDate plannedEnd;
        LocalDate actualStart;
        LocalDate actualEnd;
        Set<String> countries = new HashSet<>();
        Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
        Set<SupportArea> supportAreas = EnumSet.noneOf(SupportArea.class);
        Set<Choice> partnerships = new HashSet<>();
        BigDecimal budgetAmount;
        String budgetCurrency;
        LocalDate budgetStart;
        LocalDate budgetEnd;
        boolean shared;
    }

    final TextField identifier = new TextField();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Select<ActivityStatus> activityStatus = new Select<>();
    final DatePicker plannedStart = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final DatePicker actualStart = new DatePicker();
    final DatePicker actualEnd = new DatePicker();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<SupportArea> supportAreas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> partnerships = new MultiSelectComboBox<>();
    final BigDecimalField budgetAmount = new BigDecimalField();
    final ComboBox<String> budgetCurrency = new ComboBox<>();
    final DatePicker budgetStart = new DatePicker();
    final DatePicker budgetEnd = new DatePicker();
    final Checkbox shared = new Checkbox();
    private final SectorShares sectors = new SectorShares();
    private final ParticipantsEditor participants;
    private final Binder<Draft> binder = new Binder<>();
    private final Locale locale;
    private ProgrammeChanges stored;

    ProgrammeForm(ProgrammeLookups lookups, Locale locale) {
        this.locale = locale;
        setPadding(false);
        configureTexts();
        configureScope(lookups);
        configureBudget();
        bindTexts();
        bindScopeAndBudget();
        participants = new ParticipantsEditor(lookups, locale);
        var lists = new HorizontalLayout(sectors, participants);
        lists.setWidthFull();
        lists.addClassName(LumoUtility.FlexWrap.WRAP);
        var texts = layout(3, identifier, activityStatus, shared, title, summary);
        texts.setColspan(title, 3);
        texts.setColspan(summary, 3);
        add(texts,
                scopeLayout(), heading(this, "programme.field.budget"),
                layout(4, budgetAmount, budgetCurrency, budgetStart, budgetEnd), lists);
        FieldMessages.applyTo(this);
        binder.readBean(new Draft());
    }

    private void configureTexts() {
        text(identifier, ID_IDENTIFIER, "programme.field.identifier");
        identifier.setHelperText(getTranslation("programme.field.identifier.helper"));
        identifier.setRequiredIndicatorVisible(true);
        identifier.setMaxLength(Programme.IDENTIFIER_MAX_LENGTH);
        // only the originals: their translations are edited on the translation page (ADR 0040)
        text(title, ID_TITLE, "programme.field.title");
        title.setMaxLength(Programme.TITLE_MAX_LENGTH);
        area(summary, ID_SUMMARY, "programme.field.summary");
        title.setHelperText(getTranslation("programme.field.original.helper") + " · "
                + getTranslation("programme.field.required-for-submission"));
        activityStatus.setId(ID_ACTIVITY_STATUS);
        activityStatus.setLabel(getTranslation("programme.field.activity-status"));
        activityStatus.setItems(ActivityStatus.values());
        activityStatus.setItemLabelGenerator(s -> s == null ? "" : getTranslation("activity-status." + s.name()));
        shared.setId(ID_SHARED);
        shared.setLabel(getTranslation("programme.field.shared"));
    }

    private void configureScope(ProgrammeLookups lookups) {
        date(plannedStart, ID_PLANNED_START, "programme.field.planned-start");
        date(plannedEnd, ID_PLANNED_END, "programme.field.planned-end");
        date(actualStart, ID_ACTUAL_START, "programme.field.actual-start");
        date(actualEnd, ID_ACTUAL_END, "programme.field.actual-end");
        countries.setId(ID_COUNTRIES);
        countries.setLabel(getTranslation("programme.field.countries"));
        countries.setItems(lookups.partnerCountryCodes(locale));
        countries.setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        targetGroups.setId(ID_TARGET_GROUPS);
        targetGroups.setLabel(getTranslation("programme.field.target-groups"));
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(g -> getTranslation("target-group." + g.name()));
        supportAreas.setId(ID_SUPPORT_AREAS);
        supportAreas.setLabel(getTranslation("programme.field.support-areas"));
        supportAreas.setItems(SupportArea.values());
        supportAreas.setItemLabelGenerator(a -> getTranslation("support-area." + a.name()));
        partnerships.setId(ID_PARTNERSHIPS);
        partnerships.setLabel(getTranslation("programme.field.partnerships"));
        partnerships.setItems(lookups.partnerships(locale));
        partnerships.setItemLabelGenerator(Choice::name);
    }

    private void configureBudget() {
        budgetAmount.setId(ID_BUDGET_AMOUNT);
        budgetAmount.setLabel(getTranslation("programme.field.budget-amount"));
        budgetCurrency.setId(ID_BUDGET_CURRENCY);
        budgetCurrency.setLabel(getTranslation("programme.field.budget-currency"));
        budgetCurrency.setItems(CURRENCIES);
        budgetCurrency.setClearButtonVisible(true);
        date(budgetStart, ID_BUDGET_START, "programme.field.budget-start");
        date(budgetEnd, ID_BUDGET_END, "programme.field.budget-end");
    }

    private void bindTexts() {
        // the identifier is stored without surrounding spaces, so its rules apply to the stripped value
        binder.forField(identifier).asRequired(getTranslation("programme.validation.identifier"))
                .withConverter(String::strip, v -> v == null ? "" : v)
                .withValidator(rule("identifier", "programme.validation.identifier"))
                .bind(d -> d.identifier, (d, v) -> d.identifier = v);
        binder.forField(title).withValidator(rule("title")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(summary).withValidator(rule("summary")).bind(d -> d.summary, (d, v) -> d.summary = v);
        binder.forField(activityStatus).asRequired(rule("activityStatus"))
                .bind(d -> d.activityStatus, (d, v) -> d.activityStatus = v);
        binder.forField(shared).bind(d -> d.shared, (d, v) -> d.shared = v);
    }

    private void bindScopeAndBudget() {
        var endMessage = getTranslation("programme.validation.end");
        binder.forField(plannedStart).bind(d -> d.plannedStart, (d, v) -> d.plannedStart = v);
        binder.forField(plannedEnd).withValidator(v -> notBefore(plannedStart.getValue(), v), endMessage)
                .bind(d -> d.plannedEnd, (d, v) -> d.plannedEnd = v);
        binder.forField(actualStart).bind(d -> d.actualStart, (d, v) -> d.actualStart = v);
        binder.forField(actualEnd).withValidator(v -> notBefore(actualStart.getValue(), v), endMessage)
                .bind(d -> d.actualEnd, (d, v) -> d.actualEnd = v);
        binder.forField(countries).bind(d -> d.countries, (d, v) -> d.countries = v);
        binder.forField(targetGroups).bind(d -> d.targetGroups, (d, v) -> d.targetGroups = v);
        binder.forField(supportAreas).bind(d -> d.supportAreas, (d, v) -> d.supportAreas = v);
        binder.forField(partnerships).bind(d -> d.partnerships, (d, v) -> d.partnerships = v);
        binder.forField(budgetAmount).withValidator(rule("budgetAmount", "programme.validation.amount"))
                .bind(d -> d.budgetAmount, (d, v) -> d.budgetAmount = v);
        binder.forField(budgetCurrency)
                .withValidator(v -> (v == null) == (budgetAmount.getValue() == null),
                        getTranslation("programme.refused.BUDGET_INCOMPLETE"))
                .bind(d -> d.budgetCurrency, (d, v) -> d.budgetCurrency = v);
        binder.forField(budgetStart).bind(d -> d.budgetStart, (d, v) -> d.budgetStart = v);
        binder.forField(budgetEnd).withValidator(v -> notBefore(budgetStart.getValue(), v), endMessage)
                .bind(d -> d.budgetEnd, (d, v) -> d.budgetEnd = v);
    }

    /** The service's rule for one property of {@link ProgrammeChanges}, with the constraint's own message. */
    private static <T> Validator<T> rule(String property) {
        return Constraints.of(ProgrammeChanges.class, property);
    }

    /** The service's rule for one property of {@link ProgrammeChanges}, with the field's own message. */
    private static <T> Validator<T> rule(String property, String messageKey) {
        return Constraints.of(ProgrammeChanges.class, property, messageKey);
    }

    private FormLayout scopeLayout() {
        var scope = layout(4, plannedStart, plannedEnd, actualStart, actualEnd, countries, partnerships,
                targetGroups, supportAreas);
        scope.setColspan(countries, 2);
        scope.setColspan(partnerships, 2);
        scope.setColspan(targetGroups, 2);
        scope.setColspan(supportAreas, 2);
        return scope;
    }

    private static FormLayout layout(int columns, Component... fields) {
        var layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", columns));
        return layout;
    }

    static Component heading(Component source, String key) {
        var heading = new H4(source.getTranslation(key));
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.Margin.Top.SMALL);
        return heading;
    }

    private void text(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setWidthFull();
    }

    private void area(TextArea field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMaxLength(Programme.SUMMARY_MAX_LENGTH);
        field.setMinHeight("5em");
        field.setWidthFull();
    }

    private void date(DatePicker picker, String id, String key) {
        picker.setId(id);
        picker.setLabel(getTranslation(key));
        picker.setLocale(locale);
        picker.setClearButtonVisible(true);
    }

    private static boolean notBefore(LocalDate start, LocalDate end) {
        return start == null || end == null || !end.isBefore(start);
    }

    void read(ProgrammeDetails details) {
        stored = details.input();
        var c = details.input();
        var draft = new Draft();
        draft.identifier = c.identifier();
        draft.title = c.title();
        draft.summary = c.summary();
        draft.activityStatus = c.activityStatus();
        draft.plannedStart = c.plannedStart();
        draft.plannedEnd = c.plannedEnd();
        draft.actualStart = c.actualStart();
        draft.actualEnd = c.actualEnd();
        draft.countries = new HashSet<>(c.countryCodes());
        draft.targetGroups = c.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(c.targetGroups());
        draft.supportAreas = c.supportAreas().isEmpty() ? EnumSet.noneOf(SupportArea.class)
                : EnumSet.copyOf(c.supportAreas());
        draft.partnerships = new HashSet<>();
        for (var linked : details.partnerships()) {
            partnerships.getListDataView().getItems().filter(choice -> choice.id() == linked.id()).findFirst()
                    .ifPresent(draft.partnerships::add);
        }
        draft.budgetAmount = c.budgetAmount();
        draft.budgetCurrency = c.budgetCurrency();
        draft.budgetStart = c.budgetStart();
        draft.budgetEnd = c.budgetEnd();
        draft.shared = c.sharedWithPartners();
        binder.readBean(draft);
        sectors.setValue(c.sectors());
        participants.setValue(details.participants());
    }

    /** The user's entries on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<ProgrammeChanges> writeIfValid(Long id, long version) {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        // partnerships the reader cannot see stay linked: the picker only offers visible ones
        Set<Long> partnershipIds = new HashSet<>();
        draft.partnerships.forEach(choice -> partnershipIds.add(choice.id()));
        return Optional.of(new ProgrammeChanges(id, version, draft.identifier, draft.title, draft.summary,
                draft.activityStatus,
                draft.plannedStart, draft.plannedEnd, draft.actualStart, draft.actualEnd, draft.countries,
                draft.targetGroups, draft.supportAreas, partnershipIds, sectors.value(), participants.value(),
                draft.budgetAmount, draft.budgetCurrency, draft.budgetStart, draft.budgetEnd,
                stored == null ? List.of() : stored.transactions(), stored == null ? List.of() : stored.indicators(),
                stored == null ? List.of() : stored.beneficiaries(), draft.shared));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        sectors.setReadOnly(readOnly);
        participants.setReadOnly(readOnly);
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        var message = getTranslation(refusal.messageKey());
        if ("sectors".equals(refusal.field())) {
            sectors.showRefusal(message);
            return true;
        }
        Map<String, HasValidation> fields = Map.of("identifier", identifier, "plannedEnd", plannedEnd,
                "actualEnd", actualEnd, "budgetEnd", budgetEnd, "budgetAmount", budgetAmount, "countries", countries,
                "title", title, "partnerships", partnerships, "organisations", participants.picker());
        var field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
