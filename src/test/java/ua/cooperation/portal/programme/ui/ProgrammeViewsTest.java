package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeListItem;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TestProgrammeTexts;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    ContentTranslations translations;

    /** A programme ready for submission, recorded and submitted by an officer; returns its id. */
    private long submittedByOfficer(String identifier) {
        var id = new long[1];
        asOtherUser("officer", () -> {
            var created = programmes.findVisibleById(draftByOfficer(identifier), UK).orElseThrow();
            id[0] = approvals.submit(created.id(), created.version(), null, UK).id();
        });
        return id[0];
    }

    /** A draft programme ready for submission, recorded by an officer; returns its id. */
    private long draftByOfficer(String identifier) {
        var id = new long[1];
        asOtherUser("officer", () -> {
            var created = programmes.create(new ProgrammeChanges(null, 0, identifier, "Табір у Друскінінкаї", "Оздоровлення дітей",
                    ActivityStatus.PIPELINE, LocalDate.of(2026, 6, 1), null, null, null, Set.of("LT"), Set.of(),
                    Set.of(), Set.of(), List.of(new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 100)),
                    List.of(new ProgrammeChanges.Participant(2, OrganisationRole.FUNDING)),
                    new BigDecimal("1000.00"), "EUR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    List.of(), List.of(), List.of(), true), UK);
            // submission needs the English text, written on the translation page
            TestProgrammeTexts.inEnglish(translations, created.id());
            id[0] = created.id();
        });
        return id[0];
    }

    @Test
    void officer_submits_a_programme_after_filling_in_what_submission_needs() {
        signInAs("officer");
        UI.getCurrent().navigate(ProgrammeListView.class);
        _click(button(ProgrammeListView.ID_NEW));
        text(ProgrammeForm.ID_IDENTIFIER).setValue("UA-KARIBU-" + System.nanoTime());
        text(ProgrammeForm.ID_TITLE).setValue("Оздоровлення дітей у Литві");
        _click(button(ProgrammeListView.ID_CREATE));

        assertThat(_get(H2.class, spec -> spec.withId(ProgrammeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Оздоровлення дітей у Литві");
        assertThat(approvalText()).isEqualTo("Чернетка");
        // the form has only the original; the translations have their own page, and the officer sees what is missing
        assertThat(_get(Anchor.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATIONS)).getHref())
                .matches("translations/programme/\\d+");
        assertThat(_get(Span.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATION_STATUS)).getText())
                .isEqualTo("Бракує перекладу: англійська, литовська, польська");

        // the overview is text until the officer presses "Edit"
        assertThat(_find(TextField.class, spec -> spec.withId(ProgrammeForm.ID_TITLE))).isEmpty();
        assertThat(fact("title")).isEqualTo("Оздоровлення дітей у Литві");

        // submitting now is refused with everything that is missing, and the programme stays a draft; the form
        // opens with the fields to fix marked
        _click(button(ProgrammeDetailsView.ID_SUBMIT));
        _click(button(ProgrammeDetailsView.ID_STEP_CONFIRM));
        assertThat(approvalText()).isEqualTo("Чернетка");
        assertThat(text(ProgrammeForm.ID_TITLE).isInvalid()).isTrue();

        _get(TextArea.class, spec -> spec.withId(ProgrammeForm.ID_SUMMARY)).setValue("Літній табір");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> countries = _get(MultiSelectComboBox.class,
                spec -> spec.withId(ProgrammeForm.ID_COUNTRIES));
        countries.setValue(Set.of("LT"));
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId(ProgrammeForm.ID_SECTOR));
        sector.setValue(Sector.CULTURE_AND_RECREATION);
        _get(IntegerField.class, spec -> spec.withId(ProgrammeForm.ID_SECTOR_PERCENTAGE)).setValue(60);
        _click(button(ProgrammeForm.ID_SECTOR_ADD));
        assertThat(_get(Span.class, spec -> spec.withId(ProgrammeForm.ID_SECTOR_TOTAL)).getText())
                .isEqualTo("Разом: 60 %");
        sector.setValue(Sector.BASIC_HEALTH_CARE);
        _get(IntegerField.class, spec -> spec.withId(ProgrammeForm.ID_SECTOR_PERCENTAGE)).setValue(40);
        _click(button(ProgrammeForm.ID_SECTOR_ADD));
        _get(BigDecimalField.class, spec -> spec.withId(ProgrammeForm.ID_BUDGET_AMOUNT))
                .setValue(new BigDecimal("25000.00"));
        @SuppressWarnings("unchecked")
        ComboBox<String> currency = _get(ComboBox.class, spec -> spec.withId(ProgrammeForm.ID_BUDGET_CURRENCY));
        currency.setValue("EUR");
        _get(DatePicker.class, spec -> spec.withId(ProgrammeForm.ID_BUDGET_START)).setValue(LocalDate.of(2026, 1, 1));
        _get(DatePicker.class, spec -> spec.withId(ProgrammeForm.ID_BUDGET_END)).setValue(LocalDate.of(2026, 12, 31));
        _click(button(ProgrammeDetailsView.ID_SAVE));
        // saved: the overview is text again, with the new values
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SAVE))).isEmpty();
        assertThat(fact("summary")).isEqualTo("Літній табір");
        assertThat(fact("budget")).contains("25", "EUR");
        // the English text on the translation page (ADR 0040), then the page again
        var id = Long.parseLong(_get(Anchor.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATIONS))
                .getHref().replaceAll("\\D", ""));
        asOtherUser("officer", () -> TestProgrammeTexts.translate(translations, id, "en",
                "Recreation of children in Lithuania", "Summer camp"));
        UI.getCurrent().navigate("programmes/" + id);
        assertThat(_get(Span.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATION_STATUS)).getText())
                .isEqualTo("Бракує перекладу: литовська, польська");

        _click(button(ProgrammeDetailsView.ID_SUBMIT));
        _click(button(ProgrammeDetailsView.ID_STEP_CONFIRM));
        assertThat(approvalText()).isEqualTo("Подано на погодження");
        // while a head decides, the officer neither edits nor submits again
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_EDIT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SUBMIT))).isEmpty();
    }

    @Test
    void officer_sees_the_services_rules_at_the_fields_and_nothing_is_stored() {
        long id = draftByOfficer("UA-KARIBU-RULES-" + System.nanoTime());
        signInAs("officer");
        var before = programmes.findVisibleById(id, UK).orElseThrow().input();
        UI.getCurrent().navigate("programmes/" + id);
        _click(button(ProgrammeDetailsView.ID_EDIT));

        // a title longer than the service allows: the rule declared once, on ProgrammeChanges, in the reader's
        // language at the field
        var title = text(ProgrammeForm.ID_TITLE);
        title.setValue("я".repeat(Programme.TITLE_MAX_LENGTH + 1));
        _click(button(ProgrammeDetailsView.ID_SAVE));
        _expectInvalid(title, "Не більше 300 символів");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SAVE))).as("still editing")
                .isNotEmpty();

        // a missing identifier: the field's own message, which says what an identifier may hold
        title.setValue("Коротка назва");
        var identifier = text(ProgrammeForm.ID_IDENTIFIER);
        identifier.setValue("");
        _click(button(ProgrammeDetailsView.ID_SAVE));
        _expectInvalid(identifier, "Вкажіть ідентифікатор: латинські літери, цифри та - . _ /");

        var after = programmes.findVisibleById(id, UK).orElseThrow().input();
        assertThat(after.version()).as("nothing stored").isEqualTo(before.version());
        assertThat(after.title()).isEqualTo(before.title());
    }

    @Test
    void officer_edits_after_pressing_edit_and_cancel_drops_the_unsaved_changes() {
        signInAs("officer");
        UI.getCurrent().navigate("programmes/1");
        var stored = fact("title");
        _click(button(ProgrammeDetailsView.ID_EDIT));
        assertThat(text(ProgrammeForm.ID_TITLE).getValue()).isEqualTo(stored);
        text(ProgrammeForm.ID_TITLE).setValue("Не збережена назва");
        _click(button(ProgrammeDetailsView.ID_CANCEL));

        assertThat(_find(TextField.class, spec -> spec.withId(ProgrammeForm.ID_TITLE))).isEmpty();
        assertThat(fact("title")).isEqualTo(stored);
        _click(button(ProgrammeDetailsView.ID_EDIT));
        assertThat(text(ProgrammeForm.ID_TITLE).getValue()).isEqualTo(stored);
    }

    @Test
    void when_a_colleague_saved_first_the_officer_is_asked_and_can_take_their_version() {
        long id = draftByOfficer("UA-KARIBU-CONFLICT-" + System.nanoTime());
        signInAs("officer");
        UI.getCurrent().navigate("programmes/" + id);
        _click(button(ProgrammeDetailsView.ID_EDIT));
        text(ProgrammeForm.ID_TITLE).setValue("Моя назва");

        asOtherUser("officer", () -> {
            var current = programmes.findVisibleById(id, UK).orElseThrow().input();
            programmes.update(new ProgrammeChanges(current.id(), current.version(), current.identifier(),
                    "Назва колеги", current.summary(), current.activityStatus(), current.plannedStart(), current.plannedEnd(),
                    current.actualStart(), current.actualEnd(), current.countryCodes(), current.targetGroups(),
                    current.supportAreas(), current.partnershipIds(), current.sectors(), current.participants(),
                    current.budgetAmount(), current.budgetCurrency(), current.budgetStart(), current.budgetEnd(),
                    current.transactions(), current.indicators(), current.beneficiaries(),
                    current.sharedWithPartners()), UK);
        });
        _click(button(ProgrammeDetailsView.ID_SAVE));

        var dialog = _get(ConfirmDialog.class, spec -> spec.withId(ProgrammeDetailsView.ID_CONFLICT));
        assertThat(programmes.findVisibleById(id, UK).orElseThrow().input().title())
                .as("nothing silently overwritten").isEqualTo("Назва колеги");
        _fireConfirm(dialog);
        // the form stays open with the colleague's version
        assertThat(text(ProgrammeForm.ID_TITLE).getValue()).isEqualTo("Назва колеги");
    }

    @Test
    void head_returns_with_a_comment_and_the_officer_sees_it_prominently() {
        long id = submittedByOfficer("UA-KARIBU-RET-" + System.nanoTime());
        signInAs("head");
        UI.getCurrent().navigate("programmes/" + id);
        assertThat(notice()).contains("чекає вашого рішення");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SUBMIT))).isEmpty();
        _click(button(ProgrammeDetailsView.ID_RETURN));
        // the comment is required
        _click(button(ProgrammeDetailsView.ID_STEP_CONFIRM));
        assertThat(_get(TextArea.class, spec -> spec.withId(ProgrammeDetailsView.ID_STEP_COMMENT)).isInvalid())
                .isTrue();
        _get(TextArea.class, spec -> spec.withId(ProgrammeDetailsView.ID_STEP_COMMENT))
                .setValue("Додайте англійський опис результатів");
        _click(button(ProgrammeDetailsView.ID_STEP_CONFIRM));
        assertThat(approvalText()).isEqualTo("Повернуто на доопрацювання");

        signInAs("officer");
        UI.getCurrent().navigate("programmes/" + id);
        assertThat(notice()).contains("head", "Додайте англійський опис результатів");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SUBMIT))).hasSize(1);
        selectTab("programme-tab-approval");
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.programme.ApprovalStepItem> steps = _get(Grid.class,
                spec -> spec.withId(ProgrammeDetailsView.ID_APPROVAL_HISTORY));
        assertThat(_size(steps)).isEqualTo(3);
        assertThat(_get(steps, 0).comment()).isEqualTo("Додайте англійський опис результатів");
    }

    @Test
    void head_opens_awaiting_my_approval_from_a_link() {
        submittedByOfficer("UA-KARIBU-AW-" + System.nanoTime());
        signInAs("head");
        UI.getCurrent().navigate(ProgrammeListView.class,
                QueryParameters.of(ProgrammeListView.QUERY_APPROVAL, "SUBMITTED"));
        assertThat(_get(Checkbox.class, spec -> spec.withId(ProgrammeListView.ID_AWAITING)).getValue()).isTrue();
        assertThat(items()).isNotEmpty().allSatisfy(item -> assertThat(item.approval())
                .isEqualTo(ApprovalState.SUBMITTED));
        assertThat(items()).extracting(ProgrammeListItem::identifier).contains("UA-OBL-LUH-2025-002");
    }

    @Test
    void liaison_sees_the_shared_programme_read_only_with_its_iati_file_and_not_found_for_others() {
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate(ProgrammeListView.class);
        assertThat(items()).extracting(ProgrammeListItem::identifier).contains("UA-OBL-LUH-2025-001")
                .doesNotContain("UA-OBL-LUH-2025-002", "UA-OBL-LUH-2026-003");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeListView.ID_NEW))).isEmpty();
        assertThat(_find(Checkbox.class, spec -> spec.withId(ProgrammeListView.ID_AWAITING))).isEmpty();

        UI.getCurrent().navigate("programmes/1");
        assertThat(_get(H2.class, spec -> spec.withId(ProgrammeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Recreation of children from Luhansk oblast in Druskininkai");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_EDIT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_REVISION))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId(ProgrammeForm.ID_TITLE))).isEmpty();
        assertThat(fact("title")).isEqualTo("Recreation of children from Luhansk oblast in Druskininkai");
        // a partner neither translates nor is told what is missing
        assertThat(_find(Anchor.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATIONS))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSLATION_STATUS))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId(ProgrammeDetailsView.ID_IATI_DOWNLOAD))).isNotNull();

        UI.getCurrent().navigate("programmes/999999");
        var missing = describeCurrentPage();
        UI.getCurrent().navigate("programmes/3");
        assertThat(describeCurrentPage()).isEqualTo(missing);
        UI.getCurrent().navigate("programmes/2");
        assertThat(describeCurrentPage()).isEqualTo(missing);
    }

    @Test
    void liaisons_read_the_programme_in_their_language_and_the_untranslated_summary_marked_as_ukrainian() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(ProgrammeListView.class);
        assertThat(items()).filteredOn(item -> item.id() == 1).singleElement()
                .satisfies(item -> assertThat(item.title().text())
                        .isEqualTo("Luhansko srities vaikų poilsis Druskininkuose"));
        UI.getCurrent().navigate("programmes/1");
        assertThat(_get(H2.class, spec -> spec.withId(ProgrammeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Luhansko srities vaikų poilsis Druskininkuose");
        assertThat(_find(Span.class, spec -> spec.withId(ProgrammeDetailsView.ID_TITLE + "-note"))).isEmpty();
        assertThat(ShownFacts.note("programme", "title")).isEmpty();
        // no Lithuanian summary: the Ukrainian original, with its language as a note
        assertThat(fact("summary")).startsWith("Літні табори");
        assertThat(ShownFacts.note("programme", "summary")).contains("ukrainiečių kalba");

        signInAs("liaison-pl", Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("programmes/2");
        assertThat(_get(H2.class, spec -> spec.withId(ProgrammeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Wsparcie psychologiczne dla rodzin żołnierzy");
        assertThat(fact("summary")).startsWith("Grupy wsparcia");
    }

    @Test
    void officer_sees_sums_per_currency_and_results_of_the_demo_programme() {
        signInAs("officer", Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/1");
        selectTab("programme-tab-budget");
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-sum-disbursement")).getText())
                .isEqualTo("Disbursed in total: 95,000.00 EUR · 150,000.00 UAH");
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-sum-commitment")).getText())
                .isEqualTo("Committed in total: 120,000.00 EUR");
        selectTab("programme-tab-results");
        @SuppressWarnings("unchecked")
        Grid<ProgrammeChanges.Indicator> indicators = _get(Grid.class,
                spec -> spec.withId(ProgrammeDetailsView.ID_INDICATORS_GRID));
        assertThat(_size(indicators)).isEqualTo(1);
        assertThat(_get(indicators, 0).periods()).hasSize(2);
        // an approved programme's key fields change through a revision; the officer is told so
        assertThat(notice()).contains("revision");
        assertThat(_find(Button.class, spec -> spec.withId(ProgrammeDetailsView.ID_REVISION))).hasSize(1);
        selectTab("programme-tab-history");
        assertThat(_get(ua.cooperation.portal.base.ui.HistoryList.class,
                spec -> spec.withId(ua.cooperation.portal.base.ui.HistoryList.ID)).getElement().getTextRecursively())
                .contains("Sectors", "16061 · 70 %");
    }

    @Test
    void officer_adds_transactions_indicators_and_beneficiary_counts_on_their_tabs() {
        var id = new long[1];
        signInAs("officer", Locale.ENGLISH);
        var created = programmes.create(new ProgrammeChanges(null, 0, "UA-KARIBU-ROWS-" + System.nanoTime(),
                "Табір", null, ActivityStatus.PIPELINE, null, null, null, null, Set.of("LT"),
                Set.of(), Set.of(), Set.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(),
                List.of(), true), UK);
        id[0] = created.id();
        UI.getCurrent().navigate("programmes/" + id[0]);
        selectTab("programme-tab-budget");
        addTransaction("1000.50", "EUR");
        addTransaction("200", "PLN");
        addTransaction("99.50", "EUR");
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-sum-disbursement")).getText())
                .isEqualTo("Disbursed in total: 1,100.00 EUR · 200.00 PLN");
        @SuppressWarnings("unchecked")
        Grid<Object> transactions = _get(Grid.class, spec -> spec.withId(ProgrammeDetailsView.ID_TRANSACTIONS_GRID));
        _click((Button) _getCellComponent(transactions, 1, "edit"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-sum-disbursement")).getText())
                .isEqualTo("Disbursed in total: 1,100.00 EUR");

        selectTab("programme-tab-results");
        _click(button("programme-indicator-add"));
        _get(TextField.class, spec -> spec.withId(ChildListDialogs.ID_INDICATOR_TITLE)).setValue("Children");
        _get(BigDecimalField.class, spec -> spec.withId(ChildListDialogs.ID_INDICATOR_TARGET))
                .setValue(new BigDecimal("50"));
        _click(button(ChildListDialogs.ID_SAVE));
        @SuppressWarnings("unchecked")
        Grid<Object> indicatorGrid = _get(Grid.class, spec -> spec.withId(ProgrammeDetailsView.ID_INDICATORS_GRID));
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) _getCellComponent(indicatorGrid, 0,
                "edit");
        _click((Button) cell.getComponentAt(0));
        _get(DatePicker.class, spec -> spec.withId(ChildListDialogs.ID_PERIOD_START)).setValue(LocalDate.of(2026, 6, 1));
        _get(DatePicker.class, spec -> spec.withId(ChildListDialogs.ID_PERIOD_END)).setValue(LocalDate.of(2026, 5, 1));
        _click(button(ChildListDialogs.ID_SAVE));
        // the end before the start stays in the dialog with its message
        assertThat(_get(DatePicker.class, spec -> spec.withId(ChildListDialogs.ID_PERIOD_END)).isInvalid()).isTrue();
        _get(DatePicker.class, spec -> spec.withId(ChildListDialogs.ID_PERIOD_END)).setValue(LocalDate.of(2026, 8, 31));
        _get(BigDecimalField.class, spec -> spec.withId(ChildListDialogs.ID_PERIOD_ACTUAL))
                .setValue(new BigDecimal("48"));
        _click(button(ChildListDialogs.ID_SAVE));
        _click(button("programme-beneficiary-add"));
        @SuppressWarnings("unchecked")
        Select<ua.cooperation.portal.programme.TargetGroup> group = _get(Select.class,
                spec -> spec.withId(ChildListDialogs.ID_BENEFICIARY_GROUP));
        group.setValue(ua.cooperation.portal.programme.TargetGroup.CHILDREN);
        _get(IntegerField.class, spec -> spec.withId(ChildListDialogs.ID_BENEFICIARY_COUNT)).setValue(48);
        _click(button(ChildListDialogs.ID_SAVE));

        var stored = programmes.findVisibleById(id[0], UK).orElseThrow().input();
        assertThat(stored.transactions()).extracting(ProgrammeChanges.Transaction::currency)
                .containsExactly("EUR", "EUR");
        assertThat(stored.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target()).isEqualByComparingTo("50");
            assertThat(i.periods()).singleElement().satisfies(p -> assertThat(p.actual()).isEqualByComparingTo("48"));
        });
        assertThat(stored.beneficiaries()).containsExactly(new ProgrammeChanges.BeneficiaryCount(
                ua.cooperation.portal.programme.TargetGroup.CHILDREN, 48));
    }

    private static void addTransaction(String amount, String currency) {
        _click(button("programme-transaction-add"));
        _get(DatePicker.class, spec -> spec.withId(ChildListDialogs.ID_TRANSACTION_DATE))
                .setValue(LocalDate.of(2026, 3, 1));
        _get(BigDecimalField.class, spec -> spec.withId(ChildListDialogs.ID_TRANSACTION_AMOUNT))
                .setValue(new BigDecimal(amount));
        @SuppressWarnings("unchecked")
        ComboBox<String> box = _get(ComboBox.class, spec -> spec.withId(ChildListDialogs.ID_TRANSACTION_CURRENCY));
        box.setValue(currency);
        _click(button(ChildListDialogs.ID_SAVE));
    }

    private static String approvalText() {
        return _get(Span.class, spec -> spec.withId(ProgrammeDetailsView.ID_APPROVAL)).getElement()
                .getTextRecursively();
    }

    private static String notice() {
        return _get(Div.class, spec -> spec.withId(ProgrammeDetailsView.ID_NOTICE)).getElement().getTextRecursively();
    }

    private static void selectTab(String tabId) {
        _get(TabSheet.class, spec -> spec.withId("programme-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    /** A value of the read-only overview. */
    private static String fact(String id) {
        return ShownFacts.get("programme", id);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProgrammeListItem> grid() {
        return _get(Grid.class, spec -> spec.withId(ProgrammeListView.ID_GRID));
    }

    private static List<ProgrammeListItem> items() {
        return IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i)).toList();
    }
}
