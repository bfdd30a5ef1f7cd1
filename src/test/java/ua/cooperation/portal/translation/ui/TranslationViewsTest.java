package ua.cooperation.portal.translation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in the pages: a liaison reads the embassy meeting in her language, the original with its language where a
 * translation is missing; an officer translates on the translation page beside the original, sees "may be outdated"
 * after changing the original, and finds untranslated shared records in the work list.
 */
class TranslationViewsTest extends KaribuTest {

    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale EN = Locale.ENGLISH;
    private static final QueryParameters LITHUANIAN = QueryParameters.of(TranslationLinks.QUERY_LANGUAGE, "lt");

    @Autowired
    MeetingService meetings;
    @Autowired
    ContentTranslations translations;

    @Test
    void the_lithuanian_liaison_reads_the_minutes_in_lithuanian_without_a_marker() {
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("meetings/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(_get(H2.class, spec -> spec.withId("meeting-title")).getText()).startsWith("Luhansko srities");
        assertThat(ShownFacts.get("meeting", "minutes")).contains("vaikų");
        assertThat(ShownFacts.note("meeting", "minutes")).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("meeting-translations")))
                .as("partners do not translate").isEmpty();
    }

    @Test
    void an_untranslated_text_shows_the_original_with_its_language() {
        signInAs("officer", Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("meetings/" + TestMeetings.SHARED_WITH_LITHUANIA);
        assertThat(ShownFacts.get("meeting", "minutes")).startsWith("Сторони обговорили");
        assertThat(ShownFacts.note("meeting", "minutes")).contains("po ukraińsku");
        assertThat(_get(Span.class, spec -> spec.withId("meeting-translation-status")).getText())
                .contains("polski");
    }

    @Test
    void an_officer_translates_beside_the_original_and_a_changed_original_makes_it_outdated() {
        signInAs("officer", EN);
        long id = newSharedMeeting();
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, id), LITHUANIAN);
        assertThat(_get(Div.class, spec -> spec.withId("translation-original-minutes")).getElement().getTextRecursively())
                .contains("Протокол: учні з Алітуса приїдуть у травні.");
        _get(TextField.class, spec -> spec.withId("translation-title")).setValue("Susitikimas dėl mainų");
        _get(TextArea.class, spec -> spec.withId("translation-minutes"))
                .setValue("Protokolas: mokiniai iš Alytaus atvyks gegužę.");
        _click(_get(Button.class, spec -> spec.withId("translation-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("translation-minutes")).getValue())
                .isEqualTo("Protokolas: mokiniai iš Alytaus atvyks gegužę.");

        var stored = meetings.findVisibleById(id, EN).orElseThrow().toChanges();
        meetings.update(new MeetingChanges(stored.id(), stored.version(), stored.type(), stored.title(),
                stored.startsAt(), stored.endsAt(), stored.place(), stored.onlineLink(), stored.countryCodes(),
                stored.organisationIds(), stored.userIds(), stored.partnershipIds(), stored.agenda(),
                "Протокол: учні з Алітуса приїдуть у червні.", stored.internalNotes(), true), EN);

        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, id), LITHUANIAN);
        assertThat(_find(Span.class, spec -> spec.withId("translation-minutes-outdated"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withId("translation-title-outdated"))).isEmpty();
        _get(Checkbox.class, spec -> spec.withId("translation-minutes-confirm")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("translation-save")));
        assertThat(_find(Span.class, spec -> spec.withId("translation-minutes-outdated"))).isEmpty();

        // the meeting's history names the language of each changed text: the translation and the original
        UI.getCurrent().navigate("meetings/" + id);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("meeting-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("meeting-tab-history")));
        var history = _get(Component.class, spec -> spec.withId("meeting-history")).getElement()
                .getTextRecursively();
        assertThat(history).contains("Minutes (in Lithuanian): ").contains("Protokolas: mokiniai iš Alytaus")
                .contains("Minutes (in Ukrainian): ").contains("Протокол: учні з Алітуса приїдуть у червні.");
    }

    @Test
    void a_translation_too_long_is_refused_at_its_field_and_nothing_is_stored() {
        signInAs("officer", EN);
        long id = newSharedMeeting();
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, id), LITHUANIAN);
        var title = _get(TextField.class, spec -> spec.withId("translation-title"));
        title.setValue("ž".repeat(301));
        _click(_get(Button.class, spec -> spec.withId("translation-save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("300");
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, id), LITHUANIAN);
        assertThat(_get(TextField.class, spec -> spec.withId("translation-title")).getValue()).isEmpty();
    }

    @Test
    void the_work_list_leads_to_the_untranslated_action_item() {
        signInAs("officer", EN);
        UI.getCurrent().navigate(TranslationLinks.ROUTE, LITHUANIAN);
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.translation.TranslationWorkItem> grid =
                _get(Grid.class, spec -> spec.withId("translation-work-grid"));
        assertThat(grid.getGenericDataView().getItems()
                .filter(item -> item.record().kind() == TextOwnerKind.ACTION_ITEM && item.record().id() == 3)
                .toList()).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withId("translation-work-counts")).getElement().getTextRecursively())
                .contains("Lithuanian");
    }

    @Test
    void partners_and_out_of_scope_records_get_no_translation_page() {
        signInAs("liaison-pl", EN);
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, TestMeetings.SHARED_WITH_LITHUANIA));
        assertThat(_find(TextField.class, spec -> spec.withId("translation-title"))).isEmpty();
        signInAs("liaison-lt", EN);
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.MEETING, TestMeetings.SHARED_WITH_LITHUANIA));
        assertThat(_find(Button.class, spec -> spec.withId("translation-save"))).as("read only").isEmpty();
    }

    private long newSharedMeeting() {
        var start = Instant.parse("2026-03-03T08:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, "Зустріч щодо обміну",
                start, start.plus(1, ChronoUnit.HOURS), "Алітус", null, Set.of("LT"), Set.of(), Set.of(),
                Set.of(), null, "Протокол: учні з Алітуса приїдуть у травні.", null, true), EN).id();
    }
}
