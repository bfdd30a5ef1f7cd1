package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.practice.PracticeListItem;
import ua.cooperation.portal.practice.PracticeStatus;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;

import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PracticeViewsTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void officer_records_a_practice_from_a_meeting_and_moves_it_to_studied() {
        signInAs("officer");
        UI.getCurrent().navigate("practices", com.vaadin.flow.router.QueryParameters.of("from-meeting", "1"));
        assertThat(((ComboBox<PracticeForm.Choice>) _get(ComboBox.class,
                spec -> spec.withId(PracticeForm.ID_SOURCE_MEETING))).getValue().id()).isEqualTo(1L);
        _click(button("practice-create"));
        _expectInvalid(_get(TextField.class, spec -> spec.withId(PracticeForm.ID_TITLE)), "Вкажіть назву.");

        _get(TextField.class, spec -> spec.withId(PracticeForm.ID_TITLE))
                .setValue("Оздоровлення дітей у Друскінінкаї: приймальні заклади");
        ((Select<PracticeDirection>) _get(Select.class, spec -> spec.withId(PracticeForm.ID_DIRECTION)))
                .setValue(PracticeDirection.LEARNT);
        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId(PracticeForm.ID_COUNTRY))).setValue("LT");
        _click(button("practice-create"));

        assertThat(_get(H2.class, spec -> spec.withId(PracticeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Оздоровлення дітей у Друскінінкаї: приймальні заклади");
        assertThat(statusText()).isEqualTo("Зафіксовано");
        assertThat(_get(Anchor.class, spec -> spec.withId(PracticeDetailsView.ID_SOURCE_MEETING)).getHref())
                .isEqualTo("meetings/1");

        _click(button(PracticeDetailsView.ID_STEP));
        var dialog = _get(PracticeStatusDialog.class, spec -> spec.withId(PracticeStatusDialog.ID));
        _click(button(PracticeStatusDialog.ID_SAVE));
        _expectInvalid(dialog.target, "Оберіть новий стан.");
        dialog.target.setValue(PracticeStatus.STUDIED);
        _click(button(PracticeStatusDialog.ID_SAVE));
        assertThat(statusText()).isEqualTo("Вивчено");
        assertThat(_find(PracticeStatusDialog.class)).isEmpty();

        selectTab("practice-tabs", "practice-tab-status-history");
        var history = (Grid<ua.cooperation.portal.practice.PracticeStatusChangeItem>) _get(Grid.class,
                spec -> spec.withId(PracticeDetailsView.ID_STATUS_HISTORY));
        assertThat(_size(history)).isEqualTo(2);
    }

    @Test
    void liaison_lt_sees_the_shared_lithuanian_practice_without_internal_notes() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate("practices");
        @SuppressWarnings("unchecked")
        Grid<PracticeListItem> grid = _get(Grid.class, spec -> spec.withId(PracticeListView.ID_GRID));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).title().text()))
                .contains("Lietuvos karių paramos modelis pagal NATO standartus");
        assertThat(_find(Button.class, spec -> spec.withId(PracticeListView.ID_NEW))).isEmpty();

        UI.getCurrent().navigate("practices/1");
        assertThat(_get(H2.class, spec -> spec.withId(PracticeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Lietuvos karių paramos modelis pagal NATO standartus");
        assertThat(ShownFacts.find("practice", "notes")).isEmpty();
        assertThat(ShownFacts.get("practice", "organisation"))
                .isEqualTo("Lietuvos Respublikos krašto apsaugos ministerija");
        assertThat(_find(Button.class, spec -> spec.withId(PracticeDetailsView.ID_STEP))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("practice-edit"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId(PracticeDetailsView.ID_SOURCE_VISIT)).getHref())
                .as("the April 2025 visit is shared with Lithuania").isEqualTo("visits/1");

        UI.getCurrent().navigate("visits/1");
        selectTab("visit-tabs", "visit-tab-practices");
        assertThat(relatedTitles()).contains("Lietuvos karių paramos modelis pagal NATO standartus");
        assertThat(_find(Anchor.class, spec -> spec.withId("visit-new-practice"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void officer_records_a_practice_from_the_vilnius_visit_and_finds_it_in_the_visits_practices_tab() {
        signInAs("officer");
        UI.getCurrent().navigate("visits/1");
        selectTab("visit-tabs", "visit-tab-practices");
        var record = _get(Anchor.class, spec -> spec.withId("visit-new-practice"));
        assertThat(record.getHref()).isEqualTo("practices?from-visit=1");

        UI.getCurrent().navigate("practices", com.vaadin.flow.router.QueryParameters.of("from-visit", "1"));
        var visit = (ComboBox<PracticeForm.Choice>) _get(ComboBox.class,
                spec -> spec.withId(PracticeForm.ID_SOURCE_VISIT));
        assertThat(visit.getValue().id()).isEqualTo(1L);
        assertThat(visit.getValue().name()).endsWith(" · Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви")
                .contains("2025");
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId(PracticeForm.ID_COUNTRY)))
                .getValue()).isEqualTo("LT");
        assertThat(((MultiSelectComboBox<CooperationArea>) _get(MultiSelectComboBox.class,
                spec -> spec.withId(PracticeForm.ID_AREAS))).getValue())
                .containsExactlyInAnyOrder(CooperationArea.VETERANS, CooperationArea.SOCIAL_SUPPORT);
        assertThat(((MultiSelectComboBox<TargetGroup>) _get(MultiSelectComboBox.class,
                spec -> spec.withId(PracticeForm.ID_TARGET_GROUPS))).getValue())
                .contains(TargetGroup.SERVICE_MEMBERS, TargetGroup.VETERANS);
        _get(TextField.class, spec -> spec.withId(PracticeForm.ID_TITLE))
                .setValue("Капеланська служба у підрозділах: литовський порядок");
        ((Select<PracticeDirection>) _get(Select.class, spec -> spec.withId(PracticeForm.ID_DIRECTION)))
                .setValue(PracticeDirection.LEARNT);
        _click(button("practice-create"));

        assertThat(_get(H2.class, spec -> spec.withId(PracticeDetailsView.ID_TITLE)).getText())
                .isEqualTo("Капеланська служба у підрозділах: литовський порядок");
        var link = _get(Anchor.class, spec -> spec.withId(PracticeDetailsView.ID_SOURCE_VISIT));
        assertThat(link.getHref()).isEqualTo("visits/1");
        assertThat(link.getText()).endsWith("Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви");

        UI.getCurrent().navigate("visits/1");
        selectTab("visit-tabs", "visit-tab-practices");
        assertThat(relatedTitles()).contains("Капеланська служба у підрозділах: литовський порядок",
                "Литовська модель підтримки військовослужбовців за стандартами НАТО");

        // the list filtered by the visit, as the tab's "all practices" link opens it
        UI.getCurrent().navigate("practices", com.vaadin.flow.router.QueryParameters.of("visit", "1"));
        Grid<PracticeListItem> grid = _get(Grid.class, spec -> spec.withId(PracticeListView.ID_GRID));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).title().text()))
                .contains("Капеланська служба у підрозділах: литовський порядок")
                .allSatisfy(title -> assertThat(title).isNotEqualTo("Оздоровлення дітей у Друскінінкаї: приймальні заклади"));
        assertThat(((ComboBox<PracticeForm.Choice>) _get(ComboBox.class,
                spec -> spec.withId(PracticeListView.ID_VISIT))).getValue().id()).isEqualTo(1L);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> relatedTitles() {
        Grid<PracticeListItem> related = _get(Grid.class, spec -> spec.withId("visit-practices-list-grid"));
        return IntStream.range(0, _size(related)).mapToObj(i -> _get(related, i).title().text()).toList();
    }

    @Test
    void liaison_pl_gets_not_found_for_the_lithuanian_practice() {
        signInAs("liaison-pl");
        UI.getCurrent().navigate("practices/999999");
        var missing = describeCurrentPage();
        assertThat(missing).contains("not-found");
        UI.getCurrent().navigate("practices/1");
        assertThat(describeCurrentPage()).isEqualTo(missing);
        UI.getCurrent().navigate("practices/2");
        assertThat(describeCurrentPage()).as("Poland's, not shared").isEqualTo(missing);
    }

    @Test
    void the_country_page_lists_its_practices() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/LT");
        selectTab("country-tabs", "country-practices-tab");
        @SuppressWarnings("unchecked")
        Grid<PracticeListItem> related = _get(Grid.class, spec -> spec.withId("country-practices-grid"));
        assertThat(IntStream.range(0, _size(related)).mapToObj(i -> _get(related, i).id())).contains(1L);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String statusText() {
        return _get(Span.class, spec -> spec.withId(PracticeDetailsView.ID_STATUS)).getText();
    }

    private static void selectTab(String sheetId, String tabId) {
        var sheet = _get(TabSheet.class, spec -> spec.withId(sheetId));
        sheet.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId(tabId)));
    }
}
