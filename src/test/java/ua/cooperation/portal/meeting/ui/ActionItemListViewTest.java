package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The action items list driven without a browser: the filters come from the address and the count says the rows. */
class ActionItemListViewTest extends KaribuTest {

    private static final long OFFICER_USER = 2;
    private static final long PERSON_LT = 1;

    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Test
    void the_address_filters_the_list_by_owner_status_and_overdue_and_the_count_says_how_many_rows() {
        signInAs("head", Locale.ENGLISH);
        UI.getCurrent().navigate(ActionItemListView.class, QueryParameters.fromString(
                "owner=user:" + OFFICER_USER + "&status=OPEN&overdue=true"));
        assertThat(_get(Checkbox.class, spec -> spec.withId(ActionItemListView.ID_OVERDUE)).getValue()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId(ActionItemListView.ID_STATUS)).getValue())
                .isEqualTo(ActionItemStatus.OPEN);
        assertThat(((Choice) _get(ComboBox.class, spec -> spec.withId(ActionItemListView.ID_OWNER_USER)).getValue())
                .name()).isEqualTo("Ірина Коваленко");

        var expected = actionItemService.countActionItems(new ActionItemFilter(null, ActionItemOwner.user(OFFICER_USER),
                Set.of(ActionItemStatus.OPEN), true, null, null, null));
        var rows = rows();
        assertThat(rows).hasSize((int) expected);
        assertThat(rows).allMatch(i -> i.overdue() && i.status() == ActionItemStatus.OPEN
                && Long.valueOf(OFFICER_USER).equals(i.ownerUserId()));
        assertThat(_get(Span.class, spec -> spec.withId(ActionItemListView.ID_COUNT)).getText())
                .isEqualTo(expected + " action items");
    }

    @Test
    void a_registry_person_and_a_text_from_the_address_narrow_the_list_and_clearing_the_owner_widens_it() {
        signInAs("officer");
        UI.getCurrent().navigate(ActionItemListView.class, QueryParameters.fromString("owner=person:" + PERSON_LT));
        var person = _get(ComboBox.class, spec -> spec.withId(ActionItemListView.ID_OWNER_PERSON));
        assertThat(((Choice) person.getValue()).id()).isEqualTo(PERSON_LT);
        var ofPerson = rows();
        assertThat(ofPerson).isNotEmpty().allMatch(i -> Long.valueOf(PERSON_LT).equals(i.ownerPersonId()));
        assertThat(_get(Span.class, spec -> spec.withId(ActionItemListView.ID_COUNT)).getText())
                .isEqualTo("Доручень: " + ofPerson.size());

        person.clear();
        long all = actionItemService.countActionItems(ActionItemFilter.none());
        assertThat(_get(Span.class, spec -> spec.withId(ActionItemListView.ID_COUNT)).getText())
                .isEqualTo("Доручень: " + all);

        var title = ofPerson.getFirst().title();
        UI.getCurrent().navigate(ActionItemListView.class, QueryParameters.of(ActionItemListView.QUERY_TEXT, title.substring(0, 6)));
        assertThat(rows()).extracting(ActionItemView::title).contains(title)
                .allMatch(t -> t.toLowerCase(Locale.ROOT).contains(title.substring(0, 6).toLowerCase(Locale.ROOT)));
    }

    @Test
    void a_liaison_gets_the_items_of_her_countries_shared_meetings_and_no_user_picker() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate(ActionItemListView.class);
        // hidden: the locator finds only visible components
        assertThat(_find(ComboBox.class, spec -> spec.withId(ActionItemListView.ID_OWNER_USER))).isEmpty();
        _get(ComboBox.class, spec -> spec.withId(ActionItemListView.ID_OWNER_PERSON));
        var rows = rows();
        assertThat(rows).isNotEmpty();
        // the demo's internal meetings (2 and 3) are not hers
        assertThat(rows).extracting(ActionItemView::meetingId).doesNotContain(2L, 3L);
    }

    @SuppressWarnings("unchecked")
    private static List<ActionItemView> rows() {
        Grid<ActionItemView> grid = _get(Grid.class, spec -> spec.withId(ActionItemListView.ID_GRID));
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
