package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.meeting.ParticipantRole;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer links programmes in the meeting form; the meeting page shows them as links, a liaison only the one she
 * may see; programme and person pages list their meetings, newest first.
 */
class MeetingLinksViewTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long PROGRAMME_LT_SHARED = 1;
    private static final long PROGRAMME_LT_INTERNAL = 3;
    private static final long PERSON_LT_AMBASSADOR = 1;

    @Autowired
    MeetingService meetings;
    @Autowired
    ProgrammeService programmes;

    @Test
    @SuppressWarnings("unchecked")
    void officer_links_programmes_and_the_liaison_sees_only_the_shared_one_as_a_link() {
        signInAs("officer");
        var internalTitle = programmes.findVisibleTitle(PROGRAMME_LT_INTERNAL, UK).orElseThrow();
        UI.getCurrent().navigate(MeetingListView.class);
        _click(button(MeetingListView.ID_NEW));
        _get(Select.class, spec -> spec.withId(MeetingForm.ID_TYPE)).setValue(MeetingType.EMBASSY_MEETING);
        _get(TextField.class, spec -> spec.withId(MeetingForm.ID_TITLE)).setValue("Програми з посольством Литви");
        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_START))
                .setValue(LocalDateTime.of(2026, 5, 12, 10, 0));
        _get(DateTimePicker.class, spec -> spec.withId(MeetingForm.ID_END))
                .setValue(LocalDateTime.of(2026, 5, 12, 11, 0));
        _get(MultiSelectComboBox.class, spec -> spec.withId(MeetingForm.ID_COUNTRIES)).setValue(Set.of("LT"));
        MultiSelectComboBox<Choice> picker = _get(MultiSelectComboBox.class,
                spec -> spec.withId(MeetingForm.ID_PROGRAMMES));
        // the picker loads lazily from the programmes the officer may see, filtered by what is typed
        assertThat(picker.getDataProvider()).isNotNull();
        picker.setValue(Set.of(new Choice(PROGRAMME_LT_SHARED, "x"), new Choice(PROGRAMME_LT_INTERNAL, "y")));
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId(MeetingForm.ID_SHARED))
                .setValue(true);
        _click(button(MeetingListView.ID_CREATE));

        var id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .substring("meetings/".length()));
        assertThat(_get(Anchor.class, spec -> spec.withId("meeting-programme-" + PROGRAMME_LT_SHARED)).getHref())
                .isEqualTo("programmes/" + PROGRAMME_LT_SHARED);
        assertThat(_get(Anchor.class, spec -> spec.withId("meeting-programme-" + PROGRAMME_LT_INTERNAL)).getText())
                .isEqualTo(internalTitle);

        signInAs("liaison-lt");
        UI.getCurrent().navigate("meetings/" + id);
        assertThat(_find(Anchor.class, spec -> spec.withId("meeting-programme-" + PROGRAMME_LT_SHARED))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("meeting-programme-" + PROGRAMME_LT_INTERNAL))).isEmpty();
        var sharedTitle = _get(Anchor.class, spec -> spec.withId("meeting-programme-" + PROGRAMME_LT_SHARED))
                .getText();
        assertThat(ShownFacts.get("meeting", "programmes")).isEqualTo(sharedTitle);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(internalTitle);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_programme_and_person_pages_list_their_meetings_newest_first() {
        signInAs("officer");
        var start = java.time.Instant.parse("2026-06-01T07:00:00Z");
        long older = meetings.create(changes("Програма і посол: раніше", start, true), UK).id();
        var newerCreated = meetings.create(changes("Програма і посол: пізніше", start.plus(java.time.Duration
                .ofDays(30)), true), UK);
        meetings.updateParticipants(newerCreated.id(), newerCreated.version(),
                Map.of(PERSON_LT_AMBASSADOR, ParticipantRole.HOST), UK);
        var olderDetails = meetings.findVisibleById(older, UK).orElseThrow();
        meetings.updateParticipants(older, olderDetails.version(), Map.of(PERSON_LT_AMBASSADOR, ParticipantRole.GUEST),
                UK);
        long newer = newerCreated.id();

        UI.getCurrent().navigate("programmes/" + PROGRAMME_LT_SHARED);
        selectTab("programme-tabs", "programme-tab-meetings");
        Grid<MeetingListItem> ofProgramme = _get(Grid.class, spec -> spec.withId("programme-meetings-grid"));
        assertThat(IntStream.range(0, _size(ofProgramme)).mapToObj(i -> _get(ofProgramme, i).id()).toList())
                .containsSubsequence(newer, older);

        UI.getCurrent().navigate("people/" + PERSON_LT_AMBASSADOR);
        selectTab("person-tabs", "person-tab-meetings");
        Grid<MeetingListItem> ofPerson = _get(Grid.class, spec -> spec.withId("person-meetings-grid"));
        assertThat(IntStream.range(0, _size(ofPerson)).mapToObj(i -> _get(ofPerson, i).id()).toList())
                .containsSubsequence(newer, older);

        // the liaison sees the shared meetings on the shared programme's page too
        signInAs("liaison-lt");
        UI.getCurrent().navigate("programmes/" + PROGRAMME_LT_SHARED);
        selectTab("programme-tabs", "programme-tab-meetings");
        Grid<MeetingListItem> liaisons = _get(Grid.class, spec -> spec.withId("programme-meetings-grid"));
        assertThat(IntStream.range(0, _size(liaisons)).mapToObj(i -> _get(liaisons, i).id()).toList())
                .contains(newer, older);
    }

    private static ua.cooperation.portal.meeting.MeetingChanges changes(String title, java.time.Instant start,
                                                                        boolean shared) {
        return new ua.cooperation.portal.meeting.MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                start.plusSeconds(3600), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                Set.of(PROGRAMME_LT_SHARED), null, null, null, shared);
    }

    private static void selectTab(String sheetId, String tabId) {
        _get(TabSheet.class, spec -> spec.withId(sheetId)).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
