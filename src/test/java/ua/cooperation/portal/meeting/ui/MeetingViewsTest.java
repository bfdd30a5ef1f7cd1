package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import static org.assertj.core.api.Assertions.assertThat;

class MeetingViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long LIAISON_LT_USER = 4;

    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Test
    @SuppressWarnings("unchecked")
    void officer_records_a_meeting_with_two_decisions_and_an_action_item_for_the_liaison() {
        signInAs("officer");
        UI.getCurrent().navigate(MeetingListView.class);
        _click(button(MeetingListView.ID_NEW));
        _click(button(MeetingListView.ID_CREATE));
        // nothing is stored while the required fields are empty; the messages stand at the fields
        _expectInvalid(_get(TextField.class, spec -> spec.withId(MeetingForm.ID_TITLE)), "Вкажіть назву");
        _expectInvalid(_get(MultiSelectComboBox.class, spec -> spec.withId(MeetingForm.ID_COUNTRIES)),
                "Оберіть щонайменше одну країну");

        _get(Select.class, spec -> spec.withId(MeetingForm.ID_TYPE)).setValue(MeetingType.VIDEO_CALL);
        _get(TextField.class, spec -> spec.withId(MeetingForm.ID_TITLE)).setValue("Відеозв’язок з посольством");
        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_START))
                .setValue(LocalDateTime.of(2025, 10, 20, 10, 0));
        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END))
                .setValue(LocalDateTime.of(2025, 10, 20, 9, 0));
        _get(TextField.class, spec -> spec.withId(MeetingForm.ID_LINK)).setValue("http://meet.example.org");
        _get(MultiSelectComboBox.class, spec -> spec.withId(MeetingForm.ID_COUNTRIES)).setValue(Set.of("LT"));
        _click(button(MeetingListView.ID_CREATE));
        _expectInvalid(_get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END)),
                "Кінець має бути пізніше за початок");
        _expectInvalid(_get(TextField.class, spec -> spec.withId(MeetingForm.ID_LINK)),
                "Вкажіть повну адресу, що починається з https://");
        // a month and a day is longer than a meeting or visit may last
        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END))
                .setValue(LocalDateTime.of(2025, 11, 21, 10, 0));
        _click(button(MeetingListView.ID_CREATE));
        _expectInvalid(_get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END)),
                "Зустріч або візит триває щонайбільше 31 день; довше перебування внесіть кількома зустрічами");

        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END))
                .setValue(LocalDateTime.of(2025, 10, 20, 11, 0));
        _get(TextField.class, spec -> spec.withId(MeetingForm.ID_LINK)).setValue("https://meet.jit.si/lt-embassy");
        _click(button(MeetingListView.ID_CREATE));

        assertThat(_get(H2.class, spec -> spec.withId(MeetingDetailsView.ID_TITLE)).getText())
                .isEqualTo("Відеозв’язок з посольством");
        // entered in Kyiv time (UTC+3 on that day), stored in UTC
        var id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .substring("meetings/".length()));
        assertThat(meetings.findVisibleById(id, UK).orElseThrow().startsAt())
                .isEqualTo(Instant.parse("2025-10-20T07:00:00Z"));

        // the overview is text until "Edit"; a save shows the text again with the new value
        assertThat(_find(TextField.class, spec -> spec.withId(MeetingForm.ID_PLACE))).isEmpty();
        _click(button(MeetingDetailsView.ID_EDIT));
        _get(TextField.class, spec -> spec.withId(MeetingForm.ID_PLACE)).setValue("Ужгород");
        _click(button(MeetingDetailsView.ID_SAVE));
        assertThat(_find(TextField.class, spec -> spec.withId(MeetingForm.ID_PLACE))).isEmpty();
        assertThat(ShownFacts.get("meeting", "place")).isEqualTo("Ужгород");
        // the officer who recorded it is responsible; she hands the meeting to the head through the staff picker
        assertThat(ShownFacts.get("meeting", "responsible")).isEqualTo("Ірина Коваленко");
        _click(button(MeetingDetailsView.ID_EDIT));
        @SuppressWarnings("unchecked")
        ComboBox<Object> responsible = _get(ComboBox.class, spec -> spec.withId(MeetingForm.ID_RESPONSIBLE));
        var offered = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(responsible);
        assertThat(offered).extracting(Object::toString).noneMatch(c -> c.contains("Rasa Petrauskienė"));
        var head = offered.stream().filter(c -> c.toString().contains("Олександр Бондар")).findFirst().orElseThrow();
        responsible.setValue(head);
        _click(button(MeetingDetailsView.ID_SAVE));
        assertThat(ShownFacts.get("meeting", "responsible")).isEqualTo("Олександр Бондар");
        assertThat(meetings.findVisibleById(id, UK).orElseThrow().responsible().id()).isEqualTo(3L);

        selectTab("meeting-tab-decisions");
        for (var text : new String[]{"Обмінятися списками шкіл", "Підготувати візит делегації"}) {
            _click(button(MeetingDetailsView.ID_DECISION_NEW));
            _get(TextArea.class, spec -> spec.withId(DecisionDialog.ID_TEXT)).setValue(text);
            _click(button(DecisionDialog.ID_SAVE));
        }
        Grid<DecisionItem> decisions = _get(Grid.class, spec -> spec.withId(MeetingDetailsView.ID_DECISIONS));
        assertThat(IntStream.range(0, _size(decisions)).mapToObj(i -> _get(decisions, i).number()))
                .containsExactly(1, 2);
        assertThat(_get(decisions, 0).decidedOn()).isEqualTo(LocalDate.of(2025, 10, 20));

        selectTab("meeting-tab-action-items");
        _click(button(MeetingDetailsView.ID_ACTION_ITEM_NEW));
        _get(TextField.class, spec -> spec.withId(ActionItemDialog.ID_TITLE)).setValue("Надіслати список шкіл");
        _get(ComboBox.class, spec -> spec.withId(ActionItemDialog.ID_OWNER_USER))
                .setValue(new Choice(LIAISON_LT_USER, "Rasa Petrauskienė"));
        _get(DatePicker.class, spec -> spec.withId(ActionItemDialog.ID_DUE)).setValue(LocalDate.of(2025, 11, 1));
        Select<DecisionItem> decision = _get(Select.class, spec -> spec.withId(ActionItemDialog.ID_DECISION));
        decision.setValue(decision.getListDataView().getItems().filter(d -> d.number() == 1).findFirst()
                .orElseThrow());
        _click(button(ActionItemDialog.ID_SAVE));
        Grid<ActionItemView> items = _get(Grid.class, spec -> spec.withId(MeetingDetailsView.ID_ACTION_ITEMS));
        assertThat(_size(items)).isEqualTo(1);
        var item = _get(items, 0);
        assertThat(item.ownerName()).isEqualTo("Rasa Petrauskienė");
        assertThat(item.decisionNumber()).isEqualTo(1);
        assertThat(item.overdue()).isTrue();

        selectTab("meeting-tab-history");
        assertThat(_get(Div.class, spec -> spec.withId(MeetingDetailsView.ID_HISTORY)).getElement()
                .getTextRecursively()).contains("Надіслати список шкіл", "Текст рішення");
    }

    @Test
    void liaison_sees_the_shared_meeting_read_only_and_others_answer_not_found() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("meetings/1");
        assertThat(_get(H2.class, spec -> spec.withId(MeetingDetailsView.ID_TITLE)).getText())
                .isEqualTo("Зустріч начальника ОВА з Послом Литовської Республіки");
        assertThat(ShownFacts.find("meeting", "internal-notes")).as("internal notes").isEmpty();
        assertThat(ShownFacts.get("meeting", "minutes")).isNotBlank().isNotEqualTo("—");
        assertThat(_find(Button.class, spec -> spec.withId(MeetingDetailsView.ID_EDIT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(MeetingDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(MeetingDetailsView.ID_DECISION_NEW))).isEmpty();

        UI.getCurrent().navigate("meetings/2");
        var internal = describeCurrentPage();
        assertThat(internal).contains("not-found");
        UI.getCurrent().navigate("meetings/999999");
        assertThat(describeCurrentPage()).isEqualTo(internal);

        UI.getCurrent().navigate(MeetingListView.class);
        @SuppressWarnings("unchecked")
        Grid<MeetingListItem> grid = _get(Grid.class, spec -> spec.withId(MeetingListView.ID_GRID));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).id())).contains(1L)
                .doesNotContain(2L, 3L);
        assertThat(_find(Button.class, spec -> spec.withId(MeetingListView.ID_NEW))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void liaison_marks_their_overdue_action_item_done_in_my_action_items() {
        var created = new ActionItemView[1];
        signInAs("liaison-lt");
        asOtherUser("officer", () -> created[0] = actionItemService.saveActionItem(new ActionItemChanges(null, 0, 1, null,
                "Підтвердити дати візиту", LIAISON_LT_USER, null, LocalDate.of(2025, 1, 10), ActionItemStatus.OPEN,
                null, null, "LT"), UK));
        UI.getCurrent().navigate(MyActionItemsView.class);
        Grid<ActionItemView> grid = _get(Grid.class, spec -> spec.withId(MyActionItemsView.ID_GRID));
        var rows = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
        assertThat(rows).extracting(ActionItemView::id).contains(created[0].id());
        // overdue ones come first
        assertThat(rows.getFirst().overdue()).isTrue();
        assertThat(rows).allMatch(ActionItemView::mine);

        int row = rows.stream().map(ActionItemView::id).toList().indexOf(created[0].id());
        _click((Button) _getCellComponent(grid, row, "progress"));
        _get(Select.class, spec -> spec.withId(ActionItemProgressDialog.ID_STATUS)).setValue(ActionItemStatus.DONE);
        _get(TextArea.class, spec -> spec.withId(ActionItemProgressDialog.ID_NOTE)).setValue("Дати підтверджено");
        _click(button(ActionItemProgressDialog.ID_SAVE));

        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).id())).doesNotContain(created[0].id());
        _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId(MyActionItemsView.ID_SHOW_CLOSED)).setValue(true);
        var done = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .filter(i -> i.id() == created[0].id()).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(done.completionNote()).isEqualTo("Дати підтверджено");
        assertThat(done.overdue()).isFalse();
    }

    @Test
    void the_calendar_shows_a_month_from_monday_with_meetings_on_their_days() {
        signInAs("officer");
        UI.getCurrent().navigate(MeetingCalendarView.class, QueryParameters.of(MeetingCalendarView.QUERY_MONTH,
                "2025-09"));
        assertThat(_get(H2.class, spec -> spec.withId(MeetingCalendarView.ID_TITLE)).getText())
                .isEqualTo("Вересень 2025");
        var grid = _get(Div.class, spec -> spec.withId(MeetingCalendarView.ID_GRID));
        var days = grid.getChildren().filter(c -> c.getId().orElse("").startsWith(MeetingCalendarView.ID_DAY))
                .toList();
        assertThat(days).hasSize(35);
        // 1 September 2025 is a Monday: the first week starts with it
        assertThat(days.getFirst().getId()).contains(MeetingCalendarView.ID_DAY + "2025-09-01");
        var day = _get(Div.class, spec -> spec.withId(MeetingCalendarView.ID_DAY + "2025-09-22"));
        assertThat(_find(day, Anchor.class)).extracting(Anchor::getHref).contains("meetings/1");

        _click(button(MeetingCalendarView.ID_NEXT));
        assertThat(_get(H2.class, spec -> spec.withId(MeetingCalendarView.ID_TITLE)).getText())
                .isEqualTo("Жовтень 2025");
        var call = _get(Div.class, spec -> spec.withId(MeetingCalendarView.ID_DAY + "2025-10-14"));
        assertThat(_find(call, Anchor.class)).extracting(Anchor::getHref).contains("meetings/3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_partnership_and_country_pages_list_their_meetings() {
        signInAs("officer");
        UI.getCurrent().navigate("partnerships/1");
        _get(TabSheet.class, spec -> spec.withId("partnership-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class,
                        spec -> spec.withId("partnership-tab-meetings")));
        Grid<MeetingListItem> related = _get(Grid.class, spec -> spec.withId("partnership-meetings-grid"));
        assertThat(IntStream.range(0, _size(related)).mapToObj(i -> _get(related, i).id())).contains(1L);

        UI.getCurrent().navigate("countries/LT");
        _get(TabSheet.class, spec -> spec.withId("country-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class,
                        spec -> spec.withId("country-meetings-tab")));
        Grid<MeetingListItem> country = _get(Grid.class, spec -> spec.withId("country-meetings-grid"));
        // the newest of Lithuania's meetings first (other tests record Lithuanian meetings too: the demo's meeting 1
        // need not be among the newest 20), and no meeting of another country
        var listed = IntStream.range(0, _size(country)).mapToObj(i -> _get(country, i).id()).toList();
        var lithuanian = meetings.findVisible(MeetingFilter.ofCountry("LT"), org.springframework.data.domain.PageRequest
                .of(0, listed.size(), org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, MeetingService.SORT_START)), UK);
        assertThat(listed).isNotEmpty().doesNotContain(2L)
                .containsExactlyElementsOf(lithuanian.stream().map(MeetingListItem::id).toList());

        // the IOM mission (organisation 6) took part in the video call and, before it, the meeting in Kyiv with its new
        // head (the demo's stories): newest first
        UI.getCurrent().navigate("organisations/6");
        _get(TabSheet.class, spec -> spec.withId("organisation-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class,
                        spec -> spec.withId("organisation-tab-meetings")));
        Grid<MeetingListItem> organisation = _get(Grid.class, spec -> spec.withId("organisation-meetings-grid"));
        assertThat(IntStream.range(0, _size(organisation)).mapToObj(i -> _get(organisation, i).id()))
                .containsExactly(3L, 4L);
    }

    @Test
    void a_user_creates_a_calendar_subscription_sees_its_address_once_and_revokes_it() {
        signInAs("head");
        UI.getCurrent().navigate(MeetingCalendarView.class);
        _click(button(MeetingCalendarView.ID_FEED));
        assertThat(_find(TextField.class, spec -> spec.withId(CalendarFeedDialog.ID_URL))).isEmpty();
        _click(button(CalendarFeedDialog.ID_CREATE));
        var url = _get(TextField.class, spec -> spec.withId(CalendarFeedDialog.ID_URL));
        assertThat(url.getValue()).contains("/calendar/").endsWith(".ics");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(CalendarFeedDialog.ID_STATE))
                .getText()).startsWith("Підписку створено");
        _click(button(CalendarFeedDialog.ID_REVOKE));
        assertThat(_find(TextField.class, spec -> spec.withId(CalendarFeedDialog.ID_URL))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(CalendarFeedDialog.ID_STATE))
                .getText()).isEqualTo("Підписки ще немає.");
    }

    @Test
    void the_reminders_page_and_the_home_page_show_my_overdue_item() {
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("reminders");
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.reminder.Reminder> grid = _get(Grid.class, spec -> spec.withId("reminders-grid"));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).kind()))
                .contains(ua.cooperation.portal.reminder.ReminderKind.ACTION_ITEM_OVERDUE);
        UI.getCurrent().navigate("");
        var count = Integer.parseInt(_get(Anchor.class, spec -> spec.withId("home-reminders")).getElement()
                .getTextRecursively().replaceAll("\\D.*", ""));
        assertThat(count).isEqualTo(_size(grid));
    }

    private static void selectTab(String tabId) {
        _get(TabSheet.class, spec -> spec.withId("meeting-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId(tabId)));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
