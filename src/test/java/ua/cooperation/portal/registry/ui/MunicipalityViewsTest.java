package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.territory.ui.AdminUnitPicker;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityItem;
import ua.cooperation.portal.testsupport.KaribuTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityViewsTest extends KaribuTest {

    @Test
    void officer_adds_a_hromada_by_typing_its_latin_name() {
        signInAs("officer");
        UI.getCurrent().navigate(MunicipalityListView.class);
        _click(_get(Button.class, spec -> spec.withId(MunicipalityListView.ID_NEW)));
        @SuppressWarnings("unchecked")
        Select<Municipality.Side> side = _get(Select.class, spec -> spec.withId(MunicipalityForm.ID_SIDE));
        side.setValue(Municipality.Side.UKRAINIAN);

        _click(_get(Button.class, spec -> spec.withId(MunicipalityListView.ID_CREATE)));
        _expectInvalid(_get(AdminUnitPicker.class, spec -> spec.withId(MunicipalityForm.ID_HROMADA)),
                "Оберіть громаду з кодифікатора");

        var picker = _get(AdminUnitPicker.class, spec -> spec.withId(MunicipalityForm.ID_HROMADA));
        setUserInput(picker, "Bilovodsk");
        var found = getSuggestionItems(picker);
        assertThat(found).isNotEmpty();
        picker.setValue(found.getFirst());
        _click(_get(Button.class, spec -> spec.withId(MunicipalityListView.ID_CREATE)));

        assertThat(_get(H2.class, spec -> spec.withId(MunicipalityDetailsView.ID_TITLE)).getText())
                .isEqualTo("Біловодська");
    }

    @Test
    void liaison_sees_lithuanian_municipalities_only_and_no_add_button() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate(MunicipalityListView.class);
        @SuppressWarnings("unchecked")
        Grid<MunicipalityItem> grid = _get(Grid.class, spec -> spec.withId(MunicipalityListView.ID_GRID));
        assertThat(java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).countryCode()))
                .containsOnly("LT").hasSizeGreaterThanOrEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId(MunicipalityListView.ID_NEW))).isEmpty();
    }

    @Test
    void liaison_opens_a_municipality_of_her_country_read_only() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate(MunicipalityListView.class);
        @SuppressWarnings("unchecked")
        Grid<MunicipalityItem> grid = _get(Grid.class, spec -> spec.withId(MunicipalityListView.ID_GRID));
        var lithuanian = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);
        UI.getCurrent().navigate("municipalities/" + lithuanian.id());

        assertThat(_get(H2.class, spec -> spec.withId(MunicipalityDetailsView.ID_TITLE)).getText())
                .isEqualTo(lithuanian.name());
        assertThat(_find(Button.class, spec -> spec.withId(MunicipalityDetailsView.ID_SAVE))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId(MunicipalityForm.ID_NAME_ORIGINAL)).isReadOnly())
                .isTrue();
    }
}
