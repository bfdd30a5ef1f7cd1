package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Meetings linking programmes, and the meetings of a programme and of a person: liaisons see only the linked
 * programmes they may see themselves, and a filter by a programme they may not see finds nothing.
 */
@IntegrationTest
class MeetingLinksTest {

    private static final java.util.Locale UK_READER = java.util.Locale.forLanguageTag("uk");

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Pageable NEWEST_FIRST = PageRequest.of(0, 500,
            Sort.by(Sort.Direction.DESC, MeetingService.SORT_START));
    /** Demo programmes (db/changelog/demo/0950-demo-programmes.yaml). */
    private static final long PROGRAMME_LT_SHARED = 1;
    private static final long PROGRAMME_PL = 2;
    private static final long PROGRAMME_LT_INTERNAL = 3;
    /** Demo person 1 (Lithuanian ambassador) and 6 (a Polish person). */
    private static final long PERSON_LT = 1;

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingCalendarService calendarService;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ua.cooperation.portal.document.DocumentService documents;
    @Autowired
    ua.cooperation.portal.audit.SecurityAuditLog auditLog;

    @Test
    void staff_downloads_of_a_meeting_file_and_its_document_are_in_the_security_log() throws Exception {
        long id;
        long document;
        try (var ignored = as("officer")) {
            id = meetings.create(meeting("Журнал завантажень", Instant.parse("2026-03-16T08:00:00Z"), Set.of()), UK)
                    .id();
            document = documents.upload(new ua.cooperation.portal.document.NewDocument(
                    ua.cooperation.portal.document.DocumentOwnerKind.MEETING, id,
                    ua.cooperation.portal.document.DocumentType.MINUTES, "uk", "Протокол", false, "minutes.pdf"),
                    ua.cooperation.portal.testsupport.TestFiles.PDF).id();
            assertThat(calendarService.icsOf(id, UK_READER)).isPresent();
            try (var in = documents.open(document).orElseThrow().content()) {
                assertThat(in.readAllBytes()).isNotEmpty();
            }
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("officer"))
                    .filteredOn(e -> e.getType() == ua.cooperation.portal.audit.SecurityEventType.DOWNLOAD)
                    .extracting(e -> e.getDetail())
                    .contains("meeting " + id + " as .ics")
                    .anySatisfy(detail -> assertThat(detail).startsWith("document " + document + " of MEETING " + id));
        }
    }

    private static MeetingChanges meeting(String title, Instant start, Set<Long> programmeIds) {
        return new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start, start.plus(1, ChronoUnit.HOURS),
                "Дніпро", null, Set.of("LT"), Set.of(), Set.of(), Set.of(), programmeIds, "Порядок денний", null,
                null, true);
    }

    @Test
    void a_liaison_sees_only_the_linked_programmes_she_may_see_and_never_the_title_of_another() {
        String shared;
        String polish;
        String internal;
        long id;
        try (var ignored = as("officer")) {
            shared = programmes.findVisibleTitle(PROGRAMME_LT_SHARED, UK).orElseThrow();
            polish = programmes.findVisibleTitle(PROGRAMME_PL, UK).orElseThrow();
            internal = programmes.findVisibleTitle(PROGRAMME_LT_INTERNAL, UK).orElseThrow();
            var created = meetings.create(meeting("Програми з посольством", Instant.parse("2026-03-02T08:00:00Z"),
                    Set.of(PROGRAMME_LT_SHARED, PROGRAMME_PL, PROGRAMME_LT_INTERNAL)), UK);
            id = created.id();
            assertThat(created.programmes()).extracting(MeetingDetails.Named::id)
                    .containsExactlyInAnyOrder(PROGRAMME_LT_SHARED, PROGRAMME_PL, PROGRAMME_LT_INTERNAL);
            assertThat(created.programmes()).extracting(MeetingDetails.Named::name)
                    .containsExactlyInAnyOrder(shared, polish, internal);
            // the officer's next save keeps the links (the form starts from the stored values)
            var saved = meetings.update(created.toChanges(), UK);
            assertThat(saved.programmes()).hasSize(3);
        }
        try (var ignored = as("liaison-lt")) {
            var seen = meetings.findVisibleById(id, UK).orElseThrow();
            assertThat(seen.programmes()).extracting(MeetingDetails.Named::id).containsExactly(PROGRAMME_LT_SHARED);
            assertThat(seen.toString()).contains(shared).doesNotContain(polish).doesNotContain(internal);
            assertThat(meetings.historyOf(id).toString()).doesNotContain(polish).doesNotContain(internal);
            assertThat(calendarService.icsOf(id, UK_READER).orElseThrow()).doesNotContain(polish).doesNotContain(internal);
        }
    }

    @Test
    void a_programme_lists_its_meetings_newest_first_and_a_hidden_programme_lists_none_for_a_liaison() {
        long older;
        long newer;
        long internalOnly;
        try (var ignored = as("officer")) {
            older = meetings.create(meeting("Програма: перша зустріч", Instant.parse("2025-11-03T08:00:00Z"),
                    Set.of(PROGRAMME_LT_SHARED, PROGRAMME_LT_INTERNAL)), UK).id();
            newer = meetings.create(meeting("Програма: друга зустріч", Instant.parse("2026-02-03T08:00:00Z"),
                    Set.of(PROGRAMME_LT_SHARED)), UK).id();
            internalOnly = meetings.create(meeting("Програма: без посольства", Instant.parse("2026-02-04T08:00:00Z"),
                    Set.of(PROGRAMME_LT_INTERNAL)), UK).id();
            var ofShared = meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_SHARED), NEWEST_FIRST);
            assertThat(ofShared).extracting(MeetingListItem::id).containsSubsequence(newer, older)
                    .doesNotContain(internalOnly);
            assertThat(meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_INTERNAL), NEWEST_FIRST))
                    .extracting(MeetingListItem::id).containsSubsequence(internalOnly, older);
            assertThat(meetings.countVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_INTERNAL))).isGreaterThanOrEqualTo(2);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_SHARED), NEWEST_FIRST))
                    .extracting(MeetingListItem::id).containsSubsequence(newer, older);
            // the meetings are shared with her, but the programme is internal: the filter must not tell its links
            assertThat(meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_INTERNAL), NEWEST_FIRST)).isEmpty();
            assertThat(meetings.countVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_INTERNAL))).isZero();
            assertThat(meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_PL), NEWEST_FIRST)).isEmpty();
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(meetings.findVisible(MeetingFilter.ofProgramme(PROGRAMME_LT_SHARED), NEWEST_FIRST)).isEmpty();
        }
    }

    @Test
    void a_person_lists_the_meetings_they_took_part_in() {
        long withPerson;
        long withoutPerson;
        try (var ignored = as("officer")) {
            var created = meetings.create(meeting("Учасник: посол", Instant.parse("2026-04-06T08:00:00Z"), Set.of()),
                    UK);
            withPerson = meetings.updateParticipants(created.id(), created.version(),
                    Map.of(PERSON_LT, ParticipantRole.GUEST), UK).id();
            withoutPerson = meetings.create(meeting("Учасник: без посла", Instant.parse("2026-04-07T08:00:00Z"),
                    Set.of()), UK).id();
            assertThat(meetings.findVisible(MeetingFilter.ofParticipant(PERSON_LT), NEWEST_FIRST))
                    .extracting(MeetingListItem::id).contains(withPerson).doesNotContain(withoutPerson);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(meetings.findVisible(MeetingFilter.ofParticipant(PERSON_LT), NEWEST_FIRST))
                    .extracting(MeetingListItem::id).contains(withPerson).doesNotContain(withoutPerson);
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(meetings.findVisible(MeetingFilter.ofParticipant(PERSON_LT), NEWEST_FIRST))
                    .extracting(MeetingListItem::id).doesNotContain(withPerson);
        }
    }

    @Test
    void an_unknown_programme_is_refused_at_its_field() {
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> meetings.create(meeting("Невідома програма", Instant.parse("2026-03-09T08:00:00Z"),
                    Set.of(999_999_999L)), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(MeetingRefusedException.Reason.PROGRAMME_UNKNOWN);
                        assertThat(e.reason().field()).isEqualTo("programmes");
                    });
        }
    }
}
