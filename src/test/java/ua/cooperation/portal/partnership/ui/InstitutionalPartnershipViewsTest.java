package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.partnership.PartnershipKind;
import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.territory.ui.AdminUnitPicker;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Partnerships between institutions in the UI (issue 22, point 5): a school partnership, the kind filter. */
class InstitutionalPartnershipViewsTest extends KaribuTest {

    @Test
    void officer_records_a_school_partnership_by_choosing_the_kind_and_the_two_schools() {
        signInAs("officer");
        UI.getCurrent().navigate(PartnershipListView.class);
        _click(button(PartnershipListView.ID_NEW));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PartnershipKind> kind = _get(RadioButtonGroup.class,
                spec -> spec.withId(PartnershipForm.ID_KIND));
        var hromada = _get(AdminUnitPicker.class, spec -> spec.withId(PartnershipForm.ID_UKRAINIAN));
        assertThat(kind.getValue()).isEqualTo(PartnershipKind.MUNICIPAL);
        assertThat(_find(ComboBox.class, spec -> spec.withId(PartnershipForm.ID_UKRAINIAN_ORGANISATION))).isEmpty();

        kind.setValue(PartnershipKind.INSTITUTIONAL);
        assertThat(hromada.isVisible()).isFalse();
        var institution = combo(PartnershipForm.ID_UKRAINIAN_ORGANISATION);
        assertThat(combo(PartnershipForm.ID_PARTNER_ORGANISATION).isVisible()).isTrue();
        assertThat(_find(ComboBox.class, spec -> spec.withId(PartnershipForm.ID_PARTNER_MUNICIPALITY))).isEmpty();
        // without the Ukrainian school nothing is stored; the message stands at the picker
        _click(button(PartnershipListView.ID_CREATE));
        _expectInvalid(institution, "Оберіть український заклад із реєстру");

        // the picker offers Ukrainian organisations only
        setUserInput(institution, "ліцей");
        assertThat(getSuggestionItems(institution)).extracting(PartnershipForm.Choice::name)
                .contains("Сєвєродонецький ліцей № 1");
        setUserInput(institution, "Žirmūnų");
        assertThat(getSuggestionItems(institution)).isEmpty();
        setUserInput(institution, "ліцей № 1");
        institution.setValue(getSuggestionItems(institution).getFirst());
        var partner = combo(PartnershipForm.ID_PARTNER_ORGANISATION);
        setUserInput(partner, "Žirmūnų");
        partner.setValue(getSuggestionItems(partner).getFirst());
        @SuppressWarnings("unchecked")
        Select<PartnershipType> type = _get(Select.class, spec -> spec.withId(PartnershipForm.ID_TYPE));
        type.setValue(PartnershipType.INFORMAL);
        _click(button(PartnershipListView.ID_CREATE));

        assertThat(_get(H2.class, spec -> spec.withId(PartnershipDetailsView.ID_TITLE)).getText())
                .isEqualTo("Сєвєродонецький ліцей № 1 — Вільнюська гімназія «Жірмунай»");
    }

    @Test
    void the_list_filters_by_kind_from_its_address_and_shows_the_ukrainian_side() {
        signInAs("head", Locale.ENGLISH);
        UI.getCurrent().navigate(PartnershipListView.class,
                QueryParameters.of(PartnershipLinks.QUERY_KIND, PartnershipKind.INSTITUTIONAL.name()));
        @SuppressWarnings("unchecked")
        Select<PartnershipKind> kind = _get(Select.class, spec -> spec.withId(PartnershipListView.ID_KIND));
        assertThat(kind.getValue()).isEqualTo(PartnershipKind.INSTITUTIONAL);
        assertThat(rows()).isNotEmpty().allMatch(item -> item.kind() == PartnershipKind.INSTITUTIONAL);
        assertThat(rows()).extracting(PartnershipListItem::name)
                .contains("Sievierodonetsk Lyceum No. 1 — Vilnius Žirmūnai Gymnasium");
        assertThat(grid().getColumnByKey("ukrainian").getHeaderText()).isEqualTo("Ukrainian side");

        kind.setValue(PartnershipKind.MUNICIPAL);
        assertThat(rows()).extracting(PartnershipListItem::name)
                .contains("Sievierodonetska — Druskininkai Municipality")
                .doesNotContain("Sievierodonetsk Lyceum No. 1 — Vilnius Žirmūnai Gymnasium");
    }

    @Test
    void the_lyceums_registry_page_lists_its_partnership() {
        signInAs("officer", Locale.ENGLISH);
        var lyceum = applicationContext.getBean(ua.cooperation.portal.partnership.PartnershipService.class)
                .findVisibleById(4, Locale.ENGLISH).orElseThrow().ukrainian();
        assertThat(lyceum.linkable()).isTrue();
        UI.getCurrent().navigate("organisations/" + lyceum.id());
        _get(TabSheet.class, spec -> spec.withId("organisation-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("organisation-tab-partnerships")));
        @SuppressWarnings("unchecked")
        Grid<PartnershipListItem> related = _get(Grid.class, spec -> spec.withId("organisation-partnerships-grid"));
        assertThat(IntStream.range(0, _size(related)).mapToObj(i -> _get(related, i).id()).toList()).contains(4L);
    }

    private static List<PartnershipListItem> rows() {
        var grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PartnershipListItem> grid() {
        return _get(Grid.class, spec -> spec.withId(PartnershipListView.ID_GRID));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PartnershipForm.Choice> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
