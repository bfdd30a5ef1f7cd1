package ua.cooperation.portal.proposal;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Partners propose meetings and visits (issue 21): a liaison proposes for her country, officers accept (a shared
 * meeting of her country, which she then sees) or decline with a reason, she withdraws while it is open; a liaison of
 * another country gets "not found" and changes nothing; a preview changes nothing.
 */
@IntegrationTest
class ProposalServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProposalService proposals;
    @Autowired
    MeetingService meetings;
    @Autowired
    LiaisonPreview preview;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ua.cooperation.portal.translation.RecordTexts texts;

    @Test
    void a_liaison_proposes_and_an_officer_accepts_an_offered_date_which_makes_a_shared_meeting_she_sees() {
        var proposed = proposeAsLithuania("Візит делегації: прийняти з другою датою", 2);
        assertThat(proposed.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(proposed.countryCode()).isEqualTo("LT");
        assertThat(proposed.mayWithdraw()).isTrue();
        assertThat(unread(2, "MEETING_PROPOSED", proposed.id())).as("the officers are told").isEqualTo(1);
        assertThat(unread(4, "MEETING_PROPOSED", proposed.id())).as("not the proposer herself").isZero();

        ProposalDetails accepted;
        try (var ignored = SignedIn.as("officer")) {
            var seen = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThat(seen.mayDecide()).isTrue();
            assertThat(seen.mayWithdraw()).isFalse();
            accepted = proposals.accept(seen.id(), seen.version(), Acceptance.ofOption(2));
            assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(accepted.meetingId()).isNotNull();
            var meeting = meetings.findVisibleById(accepted.meetingId(), UK).orElseThrow();
            assertThat(meeting.startsAt()).isEqualTo(proposed.options().get(1).startsAt());
            assertThat(meeting.endsAt()).isEqualTo(proposed.options().get(1).endsAt());
            assertThat(meeting.title()).isEqualTo(proposed.title());
            assertThat(meeting.agenda()).isEqualTo(proposed.description());
            assertThat(meeting.type()).isEqualTo(MeetingType.DELEGATION_VISIT);
            assertThat(meeting.countryCodes()).containsExactly("LT");
            assertThat(meeting.sharedWithPartners()).isTrue();
            assertThat(texts.originalLanguages(ua.cooperation.portal.translation.TextOwnerKind.MEETING,
                    java.util.List.of(meeting.id()))).as("she wrote it in her portal language, Lithuanian")
                    .containsEntry(meeting.id(), "lt");
            assertThat(meeting.users()).extracting(ua.cooperation.portal.meeting.MeetingDetails.Named::id).containsExactly(4L);
            assertThat(meeting.responsible().id()).isEqualTo(2L);
        }
        assertThat(unread(4, "PROPOSAL_ACCEPTED", proposed.id())).isEqualTo(1);
        try (var ignored = SignedIn.as("liaison-lt")) {
            var hers = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThat(hers.meetingId()).isEqualTo(accepted.meetingId());
            assertThat(hers.history()).extracting(ProposalDetails.Step::status)
                    .containsExactly(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED);
            assertThat(hers.history().get(1).by()).as("the officer's name is withheld").isNull();
            assertThat(hers.history().get(0).by()).isEqualTo("Rasa Petrauskienė");
            assertThat(meetings.findVisibleById(accepted.meetingId(), UK)).isPresent();
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(meetings.findVisibleById(accepted.meetingId(), UK)).isEmpty();
            assertThat(proposals.findVisibleById(proposed.id())).isEmpty();
        }
    }

    @Test
    void an_officer_accepts_with_another_date_and_the_proposer_is_told_so() {
        var proposed = proposeAsLithuania("Візит делегації: інша дата", 1);
        var other = new DateOption(inDays(40), inDays(40).plus(Duration.ofHours(3)));
        try (var ignored = SignedIn.as("officer")) {
            var accepted = proposals.accept(proposed.id(), proposed.version(), Acceptance.ofOtherDate(other));
            var meeting = meetings.findVisibleById(accepted.meetingId(), UK).orElseThrow();
            assertThat(meeting.startsAt()).isEqualTo(other.startsAt());
            assertThat(meeting.endsAt()).isEqualTo(other.endsAt());
        }
        assertThat(unread(4, "PROPOSAL_ACCEPTED_OTHER_DATE", proposed.id())).isEqualTo(1);
        assertThat(unread(4, "PROPOSAL_ACCEPTED", proposed.id())).isZero();
    }

    @Test
    void an_officer_declines_with_a_reason_that_the_proposer_reads() {
        var proposed = proposeAsLithuania("Візит делегації: відхилити", 1);
        try (var ignored = SignedIn.as("officer")) {
            assertThatThrownBy(() -> proposals.decline(proposed.id(), proposed.version(), "  "))
                    .isInstanceOfSatisfying(ProposalRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ProposalRefusedException.Reason.REASON_REQUIRED));
            proposals.decline(proposed.id(), proposed.version(), "Цього року без візитів");
            // a second decision is refused: the proposal is no longer open
            var stored = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThatThrownBy(() -> proposals.accept(stored.id(), stored.version(), Acceptance.ofOption(1)))
                    .isInstanceOfSatisfying(ProposalRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ProposalRefusedException.Reason.NOT_OPEN));
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            var hers = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThat(hers.status()).isEqualTo(ProposalStatus.DECLINED);
            assertThat(hers.declineReason()).isEqualTo("Цього року без візитів");
            assertThat(hers.mayWithdraw()).isFalse();
        }
        var remark = jdbc.queryForObject("select remark from notification where recipient_id = 4"
                + " and event_kind = 'PROPOSAL_DECLINED' and subject_id = ?", String.class, proposed.id());
        assertThat(remark).isEqualTo("Цього року без візитів");
    }

    @Test
    void the_proposer_withdraws_while_it_is_open_and_then_it_can_no_longer_be_accepted() {
        var proposed = proposeAsLithuania("Візит делегації: відкликати", 1);
        try (var ignored = SignedIn.as("liaison-lt")) {
            var withdrawn = proposals.withdraw(proposed.id(), proposed.version());
            assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
            assertThatThrownBy(() -> proposals.withdraw(withdrawn.id(), withdrawn.version()))
                    .isInstanceOfSatisfying(ProposalRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ProposalRefusedException.Reason.NOT_OPEN));
        }
        try (var ignored = SignedIn.as("officer")) {
            var stored = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThat(stored.mayDecide()).isFalse();
            assertThatThrownBy(() -> proposals.decline(stored.id(), stored.version(), "пізно"))
                    .isInstanceOf(ProposalRefusedException.class);
        }
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        var proposed = proposeAsLithuania("Візит делегації: конфлікт", 1);
        try (var ignored = SignedIn.as("officer")) {
            assertThatThrownBy(() -> proposals.decline(proposed.id(), proposed.version() + 1, "причина"))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(proposals.findVisibleById(proposed.id()).orElseThrow().status())
                    .isEqualTo(ProposalStatus.PROPOSED);
        }
    }

    @Test
    void the_liaison_of_another_country_gets_not_found_and_changes_nothing() {
        var proposed = proposeAsLithuania("Візит делегації: чужа країна", 1);
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(proposals.findVisibleById(proposed.id())).isEmpty();
            assertThat(proposals.findVisibleByIds(List.of(proposed.id()))).isEmpty();
            assertThat(proposals.findVisible(ProposalFilter.none(), org.springframework.data.domain.PageRequest.of(0, 500)))
                    .extracting(ProposalListItem::id).doesNotContain(proposed.id());
            assertThatThrownBy(() -> proposals.withdraw(proposed.id(), proposed.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> proposals.decline(proposed.id(), proposed.version(), "ні"))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> proposals.propose(changes("Для Литви з Польщі", 1, "LT")))
                    .isInstanceOfSatisfying(ProposalRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ProposalRefusedException.Reason.COUNTRY_NOT_HERS));
        }
        try (var ignored = SignedIn.as("officer")) {
            assertThat(proposals.findVisibleById(proposed.id()).orElseThrow().status())
                    .isEqualTo(ProposalStatus.PROPOSED);
        }
    }

    @Test
    void an_officer_previewing_as_the_liaison_sees_it_but_changes_nothing() {
        var proposed = proposeAsLithuania("Візит делегації: перегляд", 1);
        try (var ignored = SignedIn.with(SignedIn.previewOf(preview, "LT"))) {
            var seen = proposals.findVisibleById(proposed.id()).orElseThrow();
            assertThat(seen.mayDecide()).isFalse();
            assertThat(seen.mayWithdraw()).isFalse();
            assertThat(proposals.mayPropose()).isFalse();
            assertThatThrownBy(() -> proposals.propose(changes("Перегляд", 1, null)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> proposals.withdraw(proposed.id(), proposed.version()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> proposals.accept(proposed.id(), proposed.version(), Acceptance.ofOption(1)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void invalid_proposals_are_refused_at_their_field_and_nothing_is_stored() {
        try (var ignored = SignedIn.as("liaison-lt")) {
            long before = proposals.countVisible(ProposalFilter.none());
            var start = inDays(20);
            assertRefused(withOptions(List.of()), ProposalRefusedException.Reason.NO_OPTIONS, "options");
            var four = List.of(option(20), option(21), option(22), option(23));
            assertRefused(withOptions(four), ProposalRefusedException.Reason.TOO_MANY_OPTIONS, "options");
            assertRefused(withOptions(List.of(option(20), new DateOption(start, start))),
                    ProposalRefusedException.Reason.END_NOT_AFTER_START, "option-2-end");
            assertRefused(withOptions(List.of(new DateOption(start, start.plus(Duration.ofDays(40))))),
                    ProposalRefusedException.Reason.TOO_LONG, "option-1-end");
            var past = time.now().minus(Duration.ofDays(2));
            assertRefused(withOptions(List.of(new DateOption(past, past.plus(Duration.ofHours(1))))),
                    ProposalRefusedException.Reason.IN_THE_PAST, "option-1-start");
            var good = changes("Перевірка", 1, null);
            assertRefused(new ProposalChanges(good.type(), good.title(), null, good.options(), null, null, null, null),
                    ProposalRefusedException.Reason.PLACE_OR_LINK_REQUIRED, "place");
            assertRefused(new ProposalChanges(good.type(), good.title(), null, good.options(), null,
                    "http://meet.example", null, null), ProposalRefusedException.Reason.LINK_NOT_HTTPS, "onlineLink");
            assertRefused(new ProposalChanges(MeetingType.CONFERENCE, good.title(), null, good.options(), "Київ",
                    null, null, null), ProposalRefusedException.Reason.KIND_NOT_OFFERED, "kind");
            assertThatThrownBy(() -> proposals.propose(new ProposalChanges(good.type(), "Т".repeat(301), null,
                    good.options(), "Київ", null, null, null))).isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> proposals.propose(new ProposalChanges(good.type(), good.title(), null,
                    good.options(), "Київ", null, "у".repeat(1001), null)))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThat(proposals.countVisible(ProposalFilter.none())).isEqualTo(before);
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private void assertRefused(ProposalChanges changes, ProposalRefusedException.Reason reason, String field) {
        assertThatThrownBy(() -> proposals.propose(changes))
                .isInstanceOfSatisfying(ProposalRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.refusals().getFirst().field()).isEqualTo(field);
                });
    }

    private ProposalDetails proposeAsLithuania(String title, int options) {
        try (var ignored = SignedIn.as("liaison-lt")) {
            return proposals.propose(changes(title, options, null));
        }
    }

    private ProposalChanges changes(String title, int options, String country) {
        var dates = java.util.stream.IntStream.rangeClosed(1, options).mapToObj(i -> option(30 + i)).toList();
        return new ProposalChanges(MeetingType.DELEGATION_VISIT, "Сервісний тест: " + title,
                "Обговорити співпрацю шкіл Старобільська та Алітуса.", dates, "Луганська ОВА, Дніпро", null,
                "Вілма Казлаускене, заступниця мера", country);
    }

    private ProposalChanges withOptions(List<DateOption> options) {
        return new ProposalChanges(MeetingType.WORKING_VISIT, "Сервісний тест: перевірка дат", null, options, "Київ",
                null, null, null);
    }

    private DateOption option(int days) {
        var start = inDays(days);
        return new DateOption(start, start.plus(Duration.ofHours(2)));
    }

    private Instant inDays(int days) {
        return time.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }

    private int unread(long recipient, String kind, long proposal) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and event_kind = ?"
                + " and subject_kind = 'PROPOSAL' and subject_id = ?", Integer.class, recipient, kind, proposal);
    }
}
