package ua.cooperation.portal.practice;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Practices (issue 22, point 3): who sees which (staff all; a liaison the shared ones of her country; a guest bound to
 * an organisation the shared ones naming it), what partners read of one, the status order and its refusals, the
 * conflict of a stale version, the source meeting, document and visit checked as the editor may see them, and the
 * source visit named to a reader only when she may open it.
 */
@IntegrationTest
class PracticeServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    PracticeService practices;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VisitService visits;

    private static PracticeChanges changes(String title, String country, Long organisation, boolean shared) {
        return new PracticeChanges(null, 0, title, "Опис практики", PracticeDirection.LEARNT, country, organisation,
                Set.of(CooperationArea.VETERANS), Set.of(TargetGroup.VETERANS), null, null, null,
                "Внутрішня нотатка", shared);
    }

    private PracticeDetails create(PracticeChanges changes) {
        try (var ignored = SignedIn.as("officer")) {
            return practices.create(changes, UK);
        }
    }

    @Test
    void the_demo_practice_of_lithuania_is_read_by_the_lithuanian_liaison_in_lithuanian_without_internal_notes() {
        try (var ignored = SignedIn.as("liaison-lt")) {
            var practice = practices.findVisibleById(1, LT).orElseThrow();
            assertThat(practice.texts().text("title")).isEqualTo("Lietuvos karių paramos modelis pagal NATO standartus");
            assertThat(practice.notes()).isNull();
            assertThat(practice.updatedBy()).isNull();
            assertThat(practice.status()).isEqualTo(PracticeStatus.STUDIED);
            assertThat(practice.sourceVisitId()).isEqualTo(1L);
            assertThat(practice.sourceVisit().id()).as("the April 2025 visit, shared with Lithuania").isEqualTo(1L);
            assertThat(practice.organisation().name()).isEqualTo("Lietuvos Respublikos krašto apsaugos ministerija");
            assertThat(practice.permissions().mayEdit()).isFalse();
            var history = practices.statusHistoryOf(1);
            assertThat(history).extracting(PracticeStatusChangeItem::toStatus)
                    .containsExactly(PracticeStatus.STUDIED, PracticeStatus.NOTED);
            assertThat(history).allSatisfy(row -> assertThat(row.recordedBy()).as("officers' names withheld")
                    .isNull());
            assertThat(practices.findVisible(PracticeFilter.none(), PageRequest.of(0, 50), LT))
                    .extracting(PracticeListItem::id).contains(1L).doesNotContain(2L);
        }
        try (var ignored = SignedIn.as("officer")) {
            var practice = practices.findVisibleById(1, UK).orElseThrow();
            assertThat(practice.notes()).isNotBlank();
            assertThat(practices.statusHistoryOf(1)).allSatisfy(row -> assertThat(row.recordedBy())
                    .isEqualTo("officer"));
        }
    }

    @Test
    void scope_liaisons_see_their_countrys_shared_practices_and_the_org_guest_those_naming_her_organisation() {
        var lithuanianShared = create(changes("Литовська практика, спільна", "LT", null, true));
        var lithuanianInternal = create(changes("Литовська практика, внутрішня", "LT", null, false));
        var iom = create(changes("Практика МОМ із супроводу ВПО", "UA", SignedIn.IOM_MISSION, true));
        try (var ignored = SignedIn.as("officer")) {
            assertThat(practices.findVisibleById(lithuanianInternal.id(), UK)).isPresent();
            assertThat(practices.findVisibleById(iom.id(), UK)).isPresent();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(practices.findVisibleById(lithuanianShared.id(), LT)).isPresent();
            assertThat(practices.findVisibleById(lithuanianInternal.id(), LT)).isEmpty();
            assertThat(practices.findVisibleById(iom.id(), LT)).isEmpty();
            assertThatThrownBy(() -> practices.statusHistoryOf(lithuanianInternal.id()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(practices.countVisible(PracticeFilter.ofCountry("LT")))
                    .isEqualTo(jdbc.queryForObject("select count(*) from practice where country_code = 'LT'"
                            + " and shared_with_partners", Long.class));
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(practices.findVisibleById(1, UK)).as("as a missing id").isEmpty();
            assertThat(practices.findVisibleById(lithuanianShared.id(), UK)).isEmpty();
            assertThat(practices.findVisibleById(2, UK)).as("Poland's, but not shared").isEmpty();
            assertThat(practices.countVisible(PracticeFilter.ofCountry("LT"))).isZero();
        }
        try (var ignored = SignedIn.as("guest-iom")) {
            assertThat(practices.findVisibleById(iom.id(), Locale.ENGLISH)).isPresent();
            assertThat(practices.findVisibleById(1, Locale.ENGLISH)).isEmpty();
            assertThat(practices.findVisible(PracticeFilter.none(), PageRequest.of(0, 100), Locale.ENGLISH))
                    .extracting(PracticeListItem::id).contains(iom.id()).doesNotContain(1L, lithuanianShared.id());
        }
    }

    @Test
    void the_status_moves_only_forward_with_who_decided_or_is_set_aside_with_a_reason() {
        var created = create(changes("Практика для перевірки станів", "LT", null, true));
        assertThat(created.status()).isEqualTo(PracticeStatus.NOTED);
        try (var ignored = SignedIn.as("officer")) {
            var today = time.today();
            var studied = practices.changeStatus(created.id(), created.version(),
                    new PracticeStep(PracticeStatus.STUDIED, today, null, null), UK);
            assertThat(studied.status()).isEqualTo(PracticeStatus.STUDIED);
            assertRefused(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.NOTED, today, null, null), UK),
                    PracticeRefusedException.Reason.MOVE_NOT_ALLOWED);
            assertRefused(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.PILOTED, today, " ", null), UK),
                    PracticeRefusedException.Reason.DECIDED_BY_REQUIRED);
            assertRefused(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.PILOTED, today.plusDays(1), "ОВА", null), UK),
                    PracticeRefusedException.Reason.EFFECTIVE_ON_IN_FUTURE);
            assertRefused(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.PILOTED, today.minusDays(1), "ОВА", null), UK),
                    PracticeRefusedException.Reason.EFFECTIVE_ON_BEFORE_LAST);
            assertRefused(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.SET_ASIDE, today, null, ""), UK),
                    PracticeRefusedException.Reason.REASON_REQUIRED);
            var piloted = practices.changeStatus(created.id(), studied.version(), new PracticeStep(
                    PracticeStatus.PILOTED, today, "Департамент соціального захисту ОВА", null), UK);
            assertThatThrownBy(() -> practices.changeStatus(created.id(), studied.version(),
                    new PracticeStep(PracticeStatus.ADOPTED, today, "ОВА", null), UK))
                    .as("a stale version").isInstanceOf(ConcurrentEditException.class);
            var aside = practices.changeStatus(created.id(), piloted.version(),
                    new PracticeStep(PracticeStatus.SET_ASIDE, today, null, "Немає фінансування"), UK);
            assertThat(aside.status()).isEqualTo(PracticeStatus.SET_ASIDE);
            assertThat(aside.status().next()).isEmpty();
            assertThat(practices.statusHistoryOf(created.id())).extracting(PracticeStatusChangeItem::toStatus)
                    .containsExactly(PracticeStatus.SET_ASIDE, PracticeStatus.PILOTED, PracticeStatus.STUDIED,
                            PracticeStatus.NOTED);
            assertThat(practices.statusHistoryOf(created.id()).get(1).decidedBy())
                    .isEqualTo("Департамент соціального захисту ОВА");
            assertThat(practices.historyOf(created.id())).isNotEmpty();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThatThrownBy(() -> practices.changeStatus(created.id(), created.version(),
                    new PracticeStep(PracticeStatus.ADOPTED, null, "x", null), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void an_update_on_a_stale_version_is_a_conflict_and_stores_nothing() {
        var created = create(changes("Практика для конфлікту", "LT", null, false));
        try (var ignored = SignedIn.as("officer")) {
            var edited = new PracticeChanges(created.id(), created.version(), "Нова назва", null,
                    PracticeDirection.SHARED, "PL", null, Set.of(), Set.of(), null, null, 2L, null, false);
            var saved = practices.update(edited, UK);
            assertThat(saved.title()).isEqualTo("Нова назва");
            assertThat(saved.sourceVisitId()).isEqualTo(2L);
            assertThat(saved.sourceVisit().name()).isEqualTo("Візит литовської делегації до Луганської ОВА");
            assertThatThrownBy(() -> practices.update(edited.withVersion(created.version()), UK))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> practices.create(changes(" ", "LT", null, false), UK))
                    .isInstanceOf(ConstraintViolationException.class);
        }
    }

    @Test
    void the_source_meeting_must_be_one_the_editor_sees_and_the_document_one_of_its_documents() {
        try (var ignored = SignedIn.as("officer")) {
            var unknownMeeting = new PracticeChanges(null, 0, "З невідомої зустрічі", null, PracticeDirection.LEARNT,
                    "LT", null, Set.of(), Set.of(), 999_999L, null, null, null, false);
            assertRefused(() -> practices.create(unknownMeeting, UK),
                    PracticeRefusedException.Reason.SOURCE_MEETING_UNKNOWN);
            var document = jdbc.queryForObject("select min(id) from document where owner_kind = 'MEETING'"
                    + " and owner_id = 1", Long.class);
            // meeting 1's document named with meeting 3 as the source
            var wrongDocument = new PracticeChanges(null, 0, "З чужим документом", null, PracticeDirection.LEARNT,
                    "LT", null, Set.of(), Set.of(), 3L, document, null, null, false);
            assertRefused(() -> practices.create(wrongDocument, UK),
                    PracticeRefusedException.Reason.SOURCE_DOCUMENT_NOT_OF_MEETING);
            var fromMeeting = practices.create(new PracticeChanges(null, 0, "Із зустрічі 22 вересня", null,
                    PracticeDirection.LEARNT, "LT", 2L, Set.of(), Set.of(), 1L, document, null, null, true), UK);
            assertThat(fromMeeting.sourceMeeting().id()).isEqualTo(1L);
            assertThat(fromMeeting.sourceDocument().id()).isEqualTo(document);
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            var own = new PracticeChanges(null, 0, "Partner write", null, PracticeDirection.LEARNT, "PL", null,
                    Set.of(), Set.of(), null, null, null, null, true);
            assertThatThrownBy(() -> practices.create(own, UK)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_source_visit_is_stored_and_a_visit_that_does_not_exist_is_refused_at_its_field() {
        try (var ignored = SignedIn.as("officer")) {
            var unknownVisit = new PracticeChanges(null, 0, "З невідомого візиту", null, PracticeDirection.LEARNT,
                    "LT", null, Set.of(), Set.of(), null, null, 999_999L, null, false);
            assertThatThrownBy(() -> practices.create(unknownVisit, UK)).isInstanceOfSatisfying(
                    PracticeRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(PracticeRefusedException.Reason.SOURCE_VISIT_UNKNOWN);
                        assertThat(refused.refusals().getFirst().field()).isEqualTo("sourceVisit");
                    });
            var fromVisit = practices.create(new PracticeChanges(null, 0, "Із робочого візиту до Вільнюса", null,
                    PracticeDirection.LEARNT, "LT", null, Set.of(), Set.of(), null, null, 1L, null, true), UK);
            assertThat(fromVisit.sourceVisitId()).isEqualTo(1L);
            assertThat(fromVisit.sourceVisit().name())
                    .isEqualTo("Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви");
            assertThat(jdbc.queryForObject("select source_visit_id from practice where id = ?", Long.class,
                    fromVisit.id())).isEqualTo(1L);
            assertThat(practices.findVisible(PracticeFilter.ofVisit(1), PageRequest.of(0, 50), UK))
                    .extracting(PracticeListItem::id).contains(1L, fromVisit.id());
            assertThat(practices.countVisible(PracticeFilter.ofVisit(1))).isEqualTo(jdbc.queryForObject(
                    "select count(*) from practice where source_visit_id = 1", Long.class));
            assertThat(practices.countVisible(PracticeFilter.ofVisit(999_999L))).isZero();
        }
    }

    @Test
    void liaison_lt_reading_a_shared_practice_from_an_internal_visit_is_told_nothing_of_the_visit() {
        long internalVisit;
        long practice;
        try (var ignored = SignedIn.as("officer")) {
            var day = LocalDate.of(2031, 3, 3);
            internalVisit = visits.create(new VisitChanges(null, 0, VisitDirection.OUTGOING,
                    "Внутрішній візит до Каунаса", "Мета", "LT", "Каунас", null, day, day.plusDays(1), Set.of("LT"),
                    Set.of(), Set.of(), false, null, null), UK).id();
            practice = practices.create(new PracticeChanges(null, 0, "Спільна практика з внутрішнього візиту", null,
                    PracticeDirection.LEARNT, "LT", null, Set.of(), Set.of(), null, null, internalVisit, null, true),
                    UK).id();
            assertThat(practices.findVisibleById(practice, UK).orElseThrow().sourceVisit().id())
                    .isEqualTo(internalVisit);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            var read = practices.findVisibleById(practice, LT).orElseThrow();
            assertThat(read.sourceVisit()).isNull();
            assertThat(read.sourceVisitId()).as("not her id to know").isNull();
            assertThat(read.toChanges().sourceVisitId()).isNull();
            assertThat(practices.countVisible(PracticeFilter.ofVisit(internalVisit)))
                    .as("a visit she may not see lists nothing, as a missing one").isZero();
            assertThat(practices.findVisible(PracticeFilter.ofVisit(1), PageRequest.of(0, 50), LT))
                    .extracting(PracticeListItem::id).contains(1L).doesNotContain(practice);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      PracticeRefusedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PracticeRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
