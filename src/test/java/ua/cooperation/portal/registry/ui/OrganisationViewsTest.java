package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationRef;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;
import ua.cooperation.portal.translation.TranslationLinks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** Use cases of the organisations list and details, as each role experiences them. */
class OrganisationViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long EMBASSY_LT = 3, HONORARY_CONSULATE_LT = 4, LUBLIN = 7;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PositionService positions;

    @Autowired
    ContentTranslations translations;

    @SuppressWarnings("unchecked")
    private static Grid<OrganisationListItem> listGrid() {
        return _get(Grid.class, spec -> spec.withId(OrganisationListView.ID_GRID));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PositionItem> positionsGrid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static void fillNewOrganisation(OrganisationType type, String nameEn, String country) {
        Select<OrganisationType> typeField = _get(Select.class, spec -> spec.withId(OrganisationForm.ID_TYPE));
        typeField.setValue(type);
        field(OrganisationForm.ID_NAME_EN).setValue(nameEn);
        ComboBox<String> countryField = _get(ComboBox.class, spec -> spec.withId(OrganisationForm.ID_COUNTRY));
        countryField.setValue(country);
    }

    @Test
    void officer_creating_a_likely_duplicate_is_warned_with_a_link_and_may_save_anyway() {
        signInAs("officer");
        UI.getCurrent().navigate(OrganisationListView.class);
        _click(button(OrganisationListView.ID_NEW));
        fillNewOrganisation(OrganisationType.EMBASSY, "Embassy of the Republic of Lithuania in Ukraine (Kyiv)", "LT");
        _click(button(OrganisationCreateDialog.ID_SAVE));

        var warning = _get(Div.class, spec -> spec.withId(OrganisationCreateDialog.ID_DUPLICATES));
        assertThat(_get(warning, Anchor.class, spec -> spec.withId(OrganisationCreateDialog.ID_DUPLICATES + "-"
                + EMBASSY_LT)).getHref()).isEqualTo("organisations/" + EMBASSY_LT);
        long before = organisations.countVisible(OrganisationFilter.text("(Kyiv)"));
        assertThat(before).as("nothing saved before the officer decides").isZero();

        _click(button(OrganisationCreateDialog.ID_SAVE_ANYWAY));
        var title = _get(H2.class, spec -> spec.withId(OrganisationDetailsView.ID_TITLE));
        assertThat(title.getText()).isEqualTo("Embassy of the Republic of Lithuania in Ukraine (Kyiv)");
        assertThat(organisations.countVisible(OrganisationFilter.text("(Kyiv)"))).isEqualTo(1);
    }

    @Test
    void a_new_organisation_without_a_name_or_country_shows_messages_at_the_fields() {
        signInAs("officer");
        UI.getCurrent().navigate(OrganisationListView.class);
        _click(button(OrganisationListView.ID_NEW));
        field(OrganisationForm.ID_WEBSITE).setValue("www example");
        _click(button(OrganisationCreateDialog.ID_SAVE));

        _expectInvalid(field(OrganisationForm.ID_NAME_ORIGINAL),
                "Введіть хоча б одну назву: мовою оригіналу, українською або англійською");
        _expectInvalid(field(OrganisationForm.ID_WEBSITE),
                "Введіть адресу сайту, що починається з http:// або https://");
        _expectInvalid(_get(ComboBox.class, spec -> spec.withId(OrganisationForm.ID_COUNTRY)), "Оберіть країну");
        assertThat(_find(Div.class, spec -> spec.withId(OrganisationCreateDialog.ID_DUPLICATES))).isEmpty();
    }

    @Test
    void officer_adds_a_person_as_honorary_consul_and_ends_the_previous_consul() {
        signInAs("officer");
        UI.getCurrent().navigate(OrganisationListView.class);
        _click(button(OrganisationListView.ID_NEW));
        fillNewOrganisation(OrganisationType.HONORARY_CONSULATE, "Honorary Consulate of Latvia in Sumy Oblast", "LV");
        _click(button(OrganisationCreateDialog.ID_SAVE));
        var consulateTitle = _get(H2.class, spec -> spec.withId(OrganisationDetailsView.ID_TITLE)).getText();
        assertThat(consulateTitle).isEqualTo("Honorary Consulate of Latvia in Sumy Oblast");

        _get(TabSheet.class, spec -> spec.withId(OrganisationDetailsView.ID_TABS)).setSelectedIndex(1);
        assertThat(_size(positionsGrid(OrganisationDetailsView.ID_CURRENT))).isZero();
        assertThat(positionsGrid(OrganisationDetailsView.ID_CURRENT).getEmptyStateText())
                .isEqualTo("Зараз ніхто не обіймає посад у цій організації.");

        _click(button(OrganisationDetailsView.ID_ADD_POSITION));
        @SuppressWarnings("unchecked")
        ComboBox<PositionDialog.Choice> person = _get(ComboBox.class, spec -> spec.withId(PositionDialog.ID_CHOICE));
        selectByLabel(person, "Олег Мирошниченко (Oleh Myroshnychenko)");
        field(PositionDialog.ID_TITLE).setValue("Почесний консул");
        var from = _get(DatePicker.class, spec -> spec.withId(PositionDialog.ID_FROM));
        var to = _get(DatePicker.class, spec -> spec.withId(PositionDialog.ID_TO));
        from.setValue(LocalDate.of(2024, 3, 1));
        to.setValue(LocalDate.of(2024, 2, 1));
        _click(button(PositionDialog.ID_SAVE));
        _expectInvalid(to, "Дата завершення не може бути раніше за дату початку");

        to.clear();
        _click(button(PositionDialog.ID_SAVE));
        var current = positionsGrid(OrganisationDetailsView.ID_CURRENT);
        assertThat(_size(current)).isEqualTo(1);
        assertThat(_get(current, 0).personName()).isEqualTo("Олег Мирошниченко");
        assertThat(_get(current, 0).title()).isEqualTo("Почесний консул");

        var item = _get(current, 0);
        var actions = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(current, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("position-end-" + item.id())));
        _get(DatePicker.class, spec -> spec.withId(PositionsGrid.ID_END_DATE)).setValue(LocalDate.of(2025, 1, 31));
        _click(button(PositionsGrid.ID_END_SAVE));
        assertThat(_size(positionsGrid(OrganisationDetailsView.ID_CURRENT))).isZero();
        var past = positionsGrid(OrganisationDetailsView.ID_OTHERS);
        assertThat(_size(past)).isEqualTo(1);
        assertThat(_get(past, 0).toDate()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void the_embassy_shows_its_current_ambassador_and_the_previous_one_with_dates() {
        signInAs("head");
        UI.getCurrent().navigate("organisations/" + EMBASSY_LT);
        _get(TabSheet.class, spec -> spec.withId(OrganisationDetailsView.ID_TABS)).setSelectedIndex(1);
        var current = positionsGrid(OrganisationDetailsView.ID_CURRENT);
        assertThat(java.util.stream.IntStream.range(0, _size(current)).mapToObj(i -> _get(current, i).personName()))
                .contains("Arūnas Kalvaitis").doesNotContain("Vytautas Žilinskas");
        var past = positionsGrid(OrganisationDetailsView.ID_OTHERS);
        assertThat(java.util.stream.IntStream.range(0, _size(past)).mapToObj(i -> _get(past, i).personName()))
                .contains("Vytautas Žilinskas");
    }

    @Test
    void head_sees_an_organisation_read_only() {
        signInAs("head");
        UI.getCurrent().navigate("organisations/" + EMBASSY_LT);
        assertThat(_get(H2.class, spec -> spec.withId(OrganisationDetailsView.ID_TITLE)).getText())
                .isEqualTo("Посольство Литовської Республіки в Україні");
        assertThat(field(OrganisationForm.ID_NAME_UK).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId(OrganisationForm.ID_NOTES)).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId(OrganisationDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(OrganisationDetailsView.ID_ADD_POSITION))).isEmpty();
        UI.getCurrent().navigate(OrganisationListView.class);
        assertThat(_find(Button.class, spec -> spec.withId(OrganisationListView.ID_NEW))).as("no new button").isEmpty();
    }

    @Test
    void liaison_sees_only_lithuanian_organisations_and_others_answer_not_found() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(OrganisationListView.class);
        var grid = listGrid();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).countryCode()).isEqualTo("LT");
        }
        assertThat(_find(Button.class, spec -> spec.withId(OrganisationListView.ID_NEW))).isEmpty();

        UI.getCurrent().navigate("organisations/" + LUBLIN);
        var forLublin = describeCurrentPage();
        UI.getCurrent().navigate("organisations/999999");
        assertThat(describeCurrentPage()).isEqualTo(forLublin).contains("not-found");
        UI.getCurrent().navigate("organisations/abc");
        assertThat(describeCurrentPage()).isEqualTo(forLublin);

        UI.getCurrent().navigate("organisations/" + HONORARY_CONSULATE_LT);
        assertThat(_get(H2.class, spec -> spec.withId(OrganisationDetailsView.ID_TITLE)).getText())
                .isEqualTo("Lietuvos Respublikos garbės konsulatas Luhansko srityje");
        assertThat(field(OrganisationForm.ID_NAME_ORIGINAL).isReadOnly()).isTrue();
    }

    @Test
    void list_filters_by_type_and_text_and_shows_an_empty_state() {
        signInAs("officer", Locale.ENGLISH);
        UI.getCurrent().navigate(OrganisationListView.class);
        @SuppressWarnings("unchecked")
        Select<OrganisationType> type = _get(Select.class, spec -> spec.withId(OrganisationListView.ID_TYPE));
        type.setValue(OrganisationType.MINISTRY);
        assertThat(_size(listGrid())).isEqualTo(2);
        assertThat(_get(listGrid(), 0).name()).isEqualTo("Ministry of Defence of Ukraine");
        assertThat(_get(Span.class, spec -> spec.withId(OrganisationListView.ID_COUNT)).getText())
                .isEqualTo("Organisations: 2");
        field(OrganisationListView.ID_SEARCH).setValue("Atlantis");
        assertThat(_size(listGrid())).isZero();
        assertThat(listGrid().getEmptyStateText()).isEqualTo("No organisations match the filter.");
    }

    @Test
    void when_a_colleague_saved_first_the_officer_is_asked_and_can_take_their_version() {
        signInAs("officer");
        UI.getCurrent().navigate("organisations/" + LUBLIN);
        _get(TextArea.class, spec -> spec.withId(OrganisationForm.ID_NOTES)).setValue("My note");
        asOtherUser("admin", () -> {
            var stored = organisations.findVisibleById(LUBLIN, UK).orElseThrow();
            organisations.update(OrganisationChanges.of(stored).withNotes("Colleague's note"), UK);
        });
        _click(button(OrganisationDetailsView.ID_SAVE));

        var dialog = _get(ConfirmDialog.class, spec -> spec.withId(OrganisationDetailsView.ID_CONFLICT_DIALOG));
        assertThat(organisations.findVisibleById(LUBLIN, UK).orElseThrow().notes())
                .as("nothing silently overwritten").isEqualTo("Colleague's note");
        _fireConfirm(dialog);
        assertThat(_get(TextArea.class, spec -> spec.withId(OrganisationForm.ID_NOTES)).getValue())
                .isEqualTo("Colleague's note");
    }

    @Test
    void bad_input_on_the_details_shows_messages_at_the_fields_and_nothing_is_stored() {
        signInAs("officer");
        UI.getCurrent().navigate("organisations/" + LUBLIN);
        var before = organisations.findVisibleById(LUBLIN, UK).orElseThrow();
        field(OrganisationForm.ID_NAME_ORIGINAL).setValue("");
        field(OrganisationForm.ID_NAME_UK).setValue("");
        field(OrganisationForm.ID_NAME_EN).setValue("");
        field(OrganisationForm.ID_WEBSITE).setValue("lublin");
        _click(button(OrganisationDetailsView.ID_SAVE));
        _expectInvalid(field(OrganisationForm.ID_NAME_ORIGINAL),
                "Введіть хоча б одну назву: мовою оригіналу, українською або англійською");
        _expectInvalid(field(OrganisationForm.ID_WEBSITE),
                "Введіть адресу сайту, що починається з http:// або https://");
        assertThat(organisations.findVisibleById(LUBLIN, UK).orElseThrow()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_parent_below_the_organisation_is_refused_at_the_parent_field_and_nothing_is_stored() {
        signInAs("officer");
        var unique = Long.toString(System.nanoTime(), 36);
        var top = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null, null,
                "Parent Field Top " + unique, "UA", null, null, null, null, null, null), UK);
        var below = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null, null,
                "Parent Field Below " + unique, "UA", top.id(), null, null, null, null, null), UK);
        UI.getCurrent().navigate("organisations/" + top.id());

        ComboBox<OrganisationRef> parent = _get(ComboBox.class, spec -> spec.withId(OrganisationForm.ID_PARENT));
        parent.setValue(new OrganisationRef(below.id(), below.name(), below.countryCode()));
        _click(button(OrganisationDetailsView.ID_SAVE));

        _expectInvalid(parent, "Ця організація не може бути вищою: вона сама або підпорядкована цій організації");
        assertThat(organisations.findVisibleById(top.id(), UK).orElseThrow().parent()).isNull();
    }

    @Test
    void a_lithuanian_liaison_reads_the_lithuanian_name_in_the_list_and_on_the_page_and_staff_find_its_translations() {
        signInAs("officer");
        var english = "Union of Border Towns " + System.nanoTime() % 100000;
        long id = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null,
                "Спілка прикордонних міст", english, "LT", null, null, null, null, null, null), UK).id();
        translations.save(TextOwnerKind.ORGANISATION, id, "lt",
                List.of(new TranslationChange("name", "Pasienio miestų sąjunga", false, null)));
        UI.getCurrent().navigate("organisations/" + id);
        assertThat(_get(Anchor.class, spec -> spec.withId(OrganisationDetailsView.ID_TRANSLATIONS)).getHref())
                .isEqualTo(TranslationLinks.of(TextOwnerKind.ORGANISATION, id));
        assertThat(_get(Span.class, spec -> spec.withId(OrganisationDetailsView.ID_TRANSLATION_STATUS)).getText())
                .as("English has its own column: only Polish is missing").isEqualTo("Бракує перекладу: польська");
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.ORGANISATION, id));
        assertThat(_find(Tab.class, spec -> spec.withId("translation-language-lt"))).hasSize(1);
        assertThat(_find(Tab.class, spec -> spec.withId("translation-language-pl"))).hasSize(1);
        assertThat(_find(Tab.class, spec -> spec.withId("translation-language-en")))
                .as("the English name is edited in its own field").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("translation-name")).getValue())
                .isEqualTo("Pasienio miestų sąjunga");

        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(OrganisationListView.class);
        var grid = listGrid();
        assertThat(java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .filter(item -> item.id() == id).map(OrganisationListItem::name)).containsExactly(
                "Pasienio miestų sąjunga");
        UI.getCurrent().navigate("organisations/" + id);
        assertThat(_get(H2.class, spec -> spec.withId(OrganisationDetailsView.ID_TITLE)).getText())
                .isEqualTo("Pasienio miestų sąjunga");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Pasienio miestų sąjunga");
        assertThat(_find(Anchor.class, spec -> spec.withId(OrganisationDetailsView.ID_TRANSLATIONS)))
                .as("partners do not translate").isEmpty();
    }
}
