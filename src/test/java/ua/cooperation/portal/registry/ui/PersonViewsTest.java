package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.registry.PersonListItem;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Use cases of the people list and details. */
class PersonViewsTest extends KaribuTest {

    private static final long AMBASSADOR = 1, PREVIOUS_AMBASSADOR = 2, HONORARY_CONSUL = 3, POLISH_CONTACT = 6,
            HONORARY_CONSULATE_LT = 4;

    @Autowired
    PersonService people;

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonListItem> listGrid() {
        return _get(Grid.class, spec -> spec.withId(PersonListView.ID_GRID));
    }

    @Test
    void officer_creates_a_person_after_a_duplicate_warning_and_gives_them_a_post() {
        signInAs("officer");
        UI.getCurrent().navigate(PersonListView.class);
        _click(button(PersonListView.ID_NEW));
        field(PersonForm.ID_GIVEN).setValue("Arunas");
        field(PersonForm.ID_FAMILY).setValue("Kalvaitis");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId(PersonForm.ID_COUNTRY));
        country.setValue("LT");
        _click(button(PersonCreateDialog.ID_SAVE));

        var warning = _get(Div.class, spec -> spec.withId(PersonCreateDialog.ID_DUPLICATES));
        assertThat(_get(warning, Anchor.class, spec -> spec.withId(PersonCreateDialog.ID_DUPLICATES + "-"
                + AMBASSADOR)).getHref()).isEqualTo("people/" + AMBASSADOR);
        field(PersonForm.ID_GIVEN).setValue("Aurelija");
        field(PersonForm.ID_FAMILY).setValue("Pranckevičiūtė");
        _click(button(PersonCreateDialog.ID_SAVE));
        assertThat(_get(H2.class, spec -> spec.withId(PersonDetailsView.ID_TITLE)).getText())
                .as("a different name is saved without asking").isEqualTo("Aurelija Pranckevičiūtė");

        _get(TabSheet.class, spec -> spec.withId(PersonDetailsView.ID_TABS)).setSelectedIndex(1);
        _click(button(PersonDetailsView.ID_ADD_POSITION));
        @SuppressWarnings("unchecked")
        ComboBox<PositionDialog.Choice> organisation = _get(ComboBox.class,
                spec -> spec.withId(PositionDialog.ID_CHOICE));
        selectByLabel(organisation, "Посольство Литовської Республіки в Україні");
        field(PositionDialog.ID_TITLE).setValue("Радниця");
        _get(DatePicker.class, spec -> spec.withId(PositionDialog.ID_FROM)).setValue(LocalDate.of(2025, 9, 1));
        _click(button(PositionDialog.ID_SAVE));

        @SuppressWarnings("unchecked")
        Grid<PositionItem> posts = _get(Grid.class, spec -> spec.withId(PersonDetailsView.ID_POSITIONS));
        assertThat(_size(posts)).isEqualTo(1);
        assertThat(_get(posts, 0).organisationName()).isEqualTo("Посольство Литовської Республіки в Україні");
        assertThat(_get(posts, 0).status()).isEqualTo(PositionItem.Status.CURRENT);
    }

    @Test
    void a_person_without_names_is_refused_at_the_fields() {
        signInAs("officer");
        UI.getCurrent().navigate(PersonListView.class);
        _click(button(PersonListView.ID_NEW));
        _click(button(PersonCreateDialog.ID_SAVE));
        _expectInvalid(field(PersonForm.ID_GIVEN), "Введіть ім’я");
        _expectInvalid(field(PersonForm.ID_FAMILY), "Введіть прізвище");
    }

    @Test
    void a_latin_name_is_suggested_as_the_officer_types() {
        signInAs("officer");
        UI.getCurrent().navigate(PersonListView.class);
        _click(button(PersonListView.ID_NEW));
        // as the user types: a Latin-script name is copied, a Cyrillic one transliterated by the official table
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(field(PersonForm.ID_FAMILY), "Kowalska");
        assertThat(field(PersonForm.ID_FAMILY_LATIN).getValue()).isEqualTo("Kowalska");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(field(PersonForm.ID_GIVEN), "Ганна");
        assertThat(field(PersonForm.ID_GIVEN_LATIN).getValue()).isEqualTo("Hanna");
    }

    @Test
    void liaison_sees_only_lithuanian_people_read_only() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(PersonListView.class);
        assertThat(_size(listGrid())).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < _size(listGrid()); i++) {
            assertThat(_get(listGrid(), i).countryCode()).isEqualTo("LT");
        }
        assertThat(_find(Button.class, spec -> spec.withId(PersonListView.ID_NEW))).isEmpty();

        UI.getCurrent().navigate("people/" + POLISH_CONTACT);
        assertThat(_find(H2.class, spec -> spec.withId(PersonDetailsView.ID_TITLE))).isEmpty();
        UI.getCurrent().navigate("people/" + AMBASSADOR);
        assertThat(_get(H2.class, spec -> spec.withId(PersonDetailsView.ID_TITLE)).getText())
                .isEqualTo("Arūnas Kalvaitis");
        assertThat(field(PersonForm.ID_GIVEN).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId(PersonDetailsView.ID_SAVE))).isEmpty();
    }

    @Test
    void head_finds_people_by_latin_name() {
        signInAs("head");
        UI.getCurrent().navigate(PersonListView.class);
        field(PersonListView.ID_SEARCH).setValue("hordiienko");
        assertThat(_size(listGrid())).isEqualTo(1);
        assertThat(_get(listGrid(), 0).fullName()).isEqualTo("Петро Гордієнко");
        assertThat(_find(Button.class, spec -> spec.withId(PersonListView.ID_NEW))).isEmpty();
    }

    @Test
    void when_a_colleague_saved_the_person_first_the_officer_may_put_their_version_over_it() {
        signInAs("officer");
        UI.getCurrent().navigate("people/" + PREVIOUS_AMBASSADOR);
        var notes = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId(PersonForm.ID_NOTES));
        notes.setValue("Now at the Ministry of Foreign Affairs");
        asOtherUser("admin", () -> {
            var stored = people.findVisibleById(PREVIOUS_AMBASSADOR).orElseThrow();
            people.update(PersonChanges.of(stored).withNotes("Colleague's note"));
        });
        _click(button(PersonDetailsView.ID_SAVE));

        var dialog = _get(ConfirmDialog.class, spec -> spec.withId(PersonDetailsView.ID_CONFLICT_DIALOG));
        assertThat(people.findVisibleById(PREVIOUS_AMBASSADOR).orElseThrow().notes()).isEqualTo("Colleague's note");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireReject(dialog);
        assertThat(people.findVisibleById(PREVIOUS_AMBASSADOR).orElseThrow().notes())
                .as("an explicit choice to overwrite").isEqualTo("Now at the Ministry of Foreign Affairs");
    }

    @Test
    void liaison_sees_the_honorary_consul_on_the_consulate_but_cannot_open_a_ukrainian_person() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("organisations/" + HONORARY_CONSULATE_LT);
        _get(TabSheet.class, spec -> spec.withId(OrganisationDetailsView.ID_TABS)).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<PositionItem> current = _get(Grid.class, spec -> spec.withId(OrganisationDetailsView.ID_CURRENT));
        int row = java.util.stream.IntStream.range(0, _size(current))
                .filter(i -> _get(current, i).personId() == HONORARY_CONSUL).findFirst().orElseThrow();
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(current, row, "person");
        assertThat(cell).isInstanceOf(Span.class);
        assertThat(((Span) cell).getText()).isEqualTo("Олег Мирошниченко");
        assertThat(_find(Button.class, spec -> spec.withId(OrganisationDetailsView.ID_ADD_POSITION))).isEmpty();

        UI.getCurrent().navigate("people/" + HONORARY_CONSUL);
        assertThat(_find(H2.class, spec -> spec.withId(PersonDetailsView.ID_TITLE))).isEmpty();
    }
}
