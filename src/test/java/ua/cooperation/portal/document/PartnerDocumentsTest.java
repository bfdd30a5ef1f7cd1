package ua.cooperation.portal.document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWriteLimitException;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.security.UserChanges;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestDatabaseInitializer;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.document.DocumentContentCheckTest.EXE;
import static ua.cooperation.portal.document.DocumentContentCheckTest.PDF;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Documents from partners (issue 21) on the test database: a liaison's upload is pending, seen by her and the staff
 * only, until an officer accepts it (then every liaison of the country sees it) or rejects it with a reason (which she
 * reads). Each test invites Lithuanian guests of its own, so that the partners' write limit, counted per account, is
 * never reached by another test's writes.
 */
@IntegrationTest
class PartnerDocumentsTest {

    private static final DocumentOwnerKind MEETING = DocumentOwnerKind.MEETING;
    private static final long LIAISON_MEETING = TestMeetings.SHARED_WITH_LITHUANIA;
    private static final AtomicInteger GUESTS = new AtomicInteger();

    @Autowired
    DocumentService documents;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserAdministration users;
    @Autowired
    ContentTranslations translations;
    @Autowired
    LiaisonPreview preview;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FollowService follows;

    @Test
    void a_partners_upload_is_pending_and_seen_only_by_her_and_the_staff() {
        var rasa = newLithuanianGuest();
        var colleague = newLithuanianGuest();
        DocumentItem proposed;
        try (var ignored = signedIn(rasa)) {
            assertThat(documents.mayPropose()).isTrue();
            proposed = documents.upload(meta(LIAISON_MEETING, "Список шкіл " + rasa.username()), PDF);
            assertThat(proposed.review()).isEqualTo(DocumentReviewStatus.PENDING);
            assertThat(proposed.sharedWithPartners()).as("meant for the partners once accepted").isTrue();
            assertThat(proposed.mayDelete()).isTrue();
            assertThat(proposed.mayReview()).isFalse();
            assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::id)
                    .contains(proposed.id());
            assertThat(documents.open(proposed.id())).isPresent();
            assertThat(documents.historyFor(MEETING, LIAISON_MEETING)).extracting(HistoryEntry::subject)
                    .contains(proposed.title());
        }
        for (Supplier<SignedIn> other : List.<Supplier<SignedIn>>of(() -> signedIn(colleague), () -> as("liaison-lt"))) {
            try (var ignored = other.get()) {
                assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::id)
                        .doesNotContain(proposed.id());
                assertThat(documents.open(proposed.id())).isEmpty();
                assertThat(documents.historyFor(MEETING, LIAISON_MEETING)).extracting(HistoryEntry::subject)
                        .doesNotContain(proposed.title());
            }
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(documents.open(proposed.id())).isEmpty();
            assertThatThrownBy(() -> documents.findFor(MEETING, LIAISON_MEETING))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("officer")) {
            var seen = find(proposed.id());
            assertThat(seen.review()).isEqualTo(DocumentReviewStatus.PENDING);
            assertThat(seen.mayReview()).isTrue();
            assertThat(seen.uploadedBy()).isEqualTo(rasa.username());
            assertThat(documents.open(proposed.id())).isPresent();
            // a pending document has no title for the translators yet
            assertThat(translations.workList("lt", 100_000)).noneMatch(work ->
                    work.record().kind() == TextOwnerKind.DOCUMENT && work.record().id() == proposed.id());
        }
    }

    @Test
    void a_pending_document_does_not_count_as_the_records_agreement() {
        var rasa = newLithuanianGuest();
        long meeting = newLithuanianMeeting("Документи партнерів 1");
        try (var ignored = signedIn(rasa)) {
            documents.upload(new NewDocument(MEETING, meeting, DocumentType.AGREEMENT, "uk", "Проєкт угоди", false,
                    "agreement.pdf"), PDF);
        }
        try (var ignored = as("officer")) {
            assertThat(documents.hasDocument(MEETING, meeting, DocumentType.AGREEMENT)).isFalse();
            var pending = documents.findFor(MEETING, meeting).getFirst();
            documents.accept(pending.id(), pending.version());
            assertThat(documents.hasDocument(MEETING, meeting, DocumentType.AGREEMENT)).isTrue();
        }
    }

    @Test
    void accepting_shares_it_with_every_liaison_of_the_country_and_tells_the_uploader() {
        var rasa = newLithuanianGuest();
        var colleague = newLithuanianGuest();
        long meeting = newLithuanianMeeting("Документи партнерів 2");
        try (var ignored = as("liaison-lt")) {
            // a partner who follows the record is not told of a document she may not see
            follows.follow(TextOwnerKind.MEETING, meeting);
        }
        DocumentItem proposed;
        try (var ignored = signedIn(rasa)) {
            proposed = documents.upload(meta(meeting, "Звіт про обмін учнями"), PDF);
        }
        assertThat(notifications(officerId(), "DOCUMENT_PROPOSED", meeting))
                .as("the meeting's responsible officer").containsExactly("Звіт про обмін учнями");
        assertThat(notifications(4, "DOCUMENT_PROPOSED", meeting)).as("a following liaison").isEmpty();
        assertThat(notifications(rasa.id(), "DOCUMENT_PROPOSED", meeting)).as("the actor").isEmpty();

        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> documents.accept(proposed.id(), proposed.version() + 1))
                    .isInstanceOf(ConcurrentEditException.class);
            var accepted = documents.accept(proposed.id(), proposed.version());
            assertThat(accepted.review()).isEqualTo(DocumentReviewStatus.ACCEPTED);
            assertThatThrownBy(() -> documents.accept(accepted.id(), accepted.version()))
                    .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason())
                            .isEqualTo(DocumentRefusedException.Reason.NOT_PENDING));
            assertThatThrownBy(() -> documents.reject(accepted.id(), accepted.version(), "Пізно"))
                    .isInstanceOf(DocumentRefusedException.class);
            assertThat(documents.historyFor(MEETING, meeting)).flatExtracting(HistoryEntry::changes)
                    .contains(new HistoryEntry.FieldChange("document.reviewStatus", DocumentReviewStatus.PENDING,
                            DocumentReviewStatus.ACCEPTED));
        }
        for (Supplier<SignedIn> liaison : List.<Supplier<SignedIn>>of(() -> signedIn(colleague),
                () -> as("liaison-lt"))) {
            try (var ignored = liaison.get()) {
                var seen = documents.findFor(MEETING, meeting).stream().filter(d -> d.id() == proposed.id())
                        .findFirst().orElseThrow();
                assertThat(seen.uploadedBy()).as("partner accounts keep their names").isEqualTo(rasa.username());
                assertThat(seen.mayDelete()).isFalse();
                assertThat(documents.open(proposed.id())).isPresent();
            }
        }
        try (var ignored = signedIn(rasa)) {
            assertThat(find(proposed.id()).mayDelete()).as("accepted: the office's now").isFalse();
            assertThatThrownBy(() -> documents.delete(proposed.id(), proposed.version() + 1))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(notifications(rasa.id(), "DOCUMENT_ACCEPTED", meeting)).containsExactly("Звіт про обмін учнями");
    }

    @Test
    void a_rejection_needs_a_reason_which_the_uploader_reads_and_she_may_delete_the_document() {
        var rasa = newLithuanianGuest();
        var colleague = newLithuanianGuest();
        long meeting = newLithuanianMeeting("Документи партнерів 3");
        DocumentItem proposed;
        try (var ignored = signedIn(rasa)) {
            proposed = documents.upload(meta(meeting, "Фото з візиту"), PDF);
        }
        try (var ignored = as("officer")) {
            for (var blank : new String[]{null, "", "   "}) {
                assertThatThrownBy(() -> documents.reject(proposed.id(), proposed.version(), blank))
                        .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason())
                                .isEqualTo(DocumentRefusedException.Reason.REASON_REQUIRED));
            }
            assertThatThrownBy(() -> documents.reject(proposed.id(), proposed.version(), "ї".repeat(501)))
                    .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason())
                            .isEqualTo(DocumentRefusedException.Reason.REASON_TOO_LONG));
            assertThat(find(proposed.id()).review()).as("nothing stored").isEqualTo(DocumentReviewStatus.PENDING);
            var rejected = documents.reject(proposed.id(), proposed.version(), "  Це не той файл: потрібен PDF.  ");
            assertThat(rejected.review()).isEqualTo(DocumentReviewStatus.REJECTED);
            assertThat(rejected.rejectionReason()).isEqualTo("Це не той файл: потрібен PDF.");
        }
        try (var ignored = signedIn(colleague)) {
            assertThat(documents.findFor(MEETING, meeting)).extracting(DocumentItem::id)
                    .doesNotContain(proposed.id());
            assertThatThrownBy(() -> documents.delete(proposed.id(), proposed.version() + 1))
                    .as("another liaison's document").isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(notifications(rasa.id(), "DOCUMENT_REJECTED", meeting))
                .containsExactly("Фото з візиту: Це не той файл: потрібен PDF.");
        try (var ignored = signedIn(rasa)) {
            var seen = find(proposed.id());
            assertThat(seen.review()).isEqualTo(DocumentReviewStatus.REJECTED);
            assertThat(seen.rejectionReason()).isEqualTo("Це не той файл: потрібен PDF.");
            assertThat(seen.mayDelete()).isTrue();
            documents.delete(seen.id(), seen.version());
            assertThat(documents.findFor(MEETING, meeting)).extracting(DocumentItem::id)
                    .doesNotContain(proposed.id());
        }
        try (var ignored = as("officer")) {
            assertThat(documents.historyFor(MEETING, meeting)).extracting(HistoryEntry::kind)
                    .containsExactly(HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
        }
    }

    @Test
    void only_staff_who_edit_the_record_review_and_a_partner_deletes_no_staff_document() {
        var rasa = newLithuanianGuest();
        DocumentItem proposed;
        DocumentItem staffs;
        try (var ignored = signedIn(rasa)) {
            proposed = documents.upload(meta(LIAISON_MEETING, "Пропозиція " + rasa.username()), PDF);
        }
        try (var ignored = as("officer")) {
            staffs = documents.upload(new NewDocument(MEETING, LIAISON_MEETING, DocumentType.MINUTES, "uk",
                    "Протокол " + rasa.username(), true, "minutes.pdf"), PDF);
        }
        for (var user : new String[]{"liaison-lt", "head"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> documents.accept(proposed.id(), proposed.version())).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> documents.reject(proposed.id(), proposed.version(), "Ні")).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
            }
        }
        try (var ignored = signedIn(rasa)) {
            assertThatThrownBy(() -> documents.delete(staffs.id(), staffs.version()))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> documents.upload(meta(LIAISON_MEETING, "Чужа зустріч"), PDF))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> documents.upload(meta(TestMeetings.INTERNAL, "Внутрішня зустріч"), PDF))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void the_content_check_refuses_a_bad_file_from_a_partner_before_it_counts_as_a_write() {
        var rasa = newLithuanianGuest();
        try (var ignored = signedIn(rasa)) {
            assertThatThrownBy(() -> documents.upload(new NewDocument(MEETING, LIAISON_MEETING, DocumentType.REPORT,
                    "lt", "Ataskaita", true, "ataskaita.pdf"), EXE))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidDocumentException.Problem.TYPE_MISMATCH));
            assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::uploadedBy)
                    .doesNotContain(rasa.username());
        }
        assertThat(writesOf(rasa)).isZero();
    }

    @Test
    void an_officer_previewing_as_a_liaison_proposes_and_deletes_nothing() {
        DocumentItem shared;
        try (var ignored = as("officer")) {
            shared = documents.upload(new NewDocument(MEETING, LIAISON_MEETING, DocumentType.MINUTES, "uk",
                    "Протокол для перегляду", true, "minutes.pdf"), PDF);
        }
        try (var ignored = SignedIn.with(SignedIn.previewOf(preview, "LT"))) {
            assertThat(documents.mayPropose()).isFalse();
            assertThatThrownBy(() -> documents.upload(meta(LIAISON_MEETING, "Перегляд"), PDF))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::id)
                    .contains(shared.id());
            assertThatThrownBy(() -> documents.delete(shared.id(), shared.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var ignored = as("officer")) {
            documents.delete(shared.id(), shared.version());
        }
    }

    @Test
    void a_partner_beyond_her_write_limit_is_refused_and_nothing_is_stored() {
        var rasa = newLithuanianGuest();
        for (int i = 0; i < TestDatabaseInitializer.PARTNER_WRITE_LIMIT; i++) {
            auditLog.record(SecurityEventType.PARTNER_WRITE, rasa.username(), "comment.add MEETING 1");
        }
        try (var ignored = signedIn(rasa)) {
            assertThatThrownBy(() -> documents.upload(meta(LIAISON_MEETING, "Забагато"), PDF))
                    .isInstanceOf(PartnerWriteLimitException.class);
            assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::uploadedBy)
                    .doesNotContain(rasa.username());
        }
    }

    /** The document as the signed-in user finds it in its record's list. */
    private DocumentItem find(long documentId) {
        var ownerId = jdbc.queryForObject("select owner_id from document where id = ?", Long.class, documentId);
        return documents.findFor(MEETING, ownerId).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow();
    }

    private static NewDocument meta(long meetingId, String title) {
        return new NewDocument(MEETING, meetingId, DocumentType.REPORT, "uk", title, false, "report.pdf");
    }

    /** A new enabled guest account of Lithuania, signed in as she would be. */
    private PortalUser newLithuanianGuest() {
        var username = "partner-doc-" + System.nanoTime() + "-" + GUESTS.incrementAndGet();
        long id;
        try (var ignored = as("admin")) {
            users.invite(new GuestInvitation(username, "Guest " + username, null, Set.of("LT"),
                    LocalDate.now().plusDays(30)));
            id = users.find(username, 0, 1).getFirst().id();
            var summary = users.findById(id).orElseThrow();
            users.update(new UserChanges(id, summary.version(), summary.displayName(), null, summary.roles(),
                    summary.countryCodes(), summary.expiresOn(), true));
        }
        return new PortalUser(id, username, "Guest " + username, "", Set.of(Role.LIAISON), Set.of("LT"), true, true,
                true);
    }

    private static SignedIn signedIn(PortalUser user) {
        return SignedIn.with(SignedIn.authenticationOf(user));
    }

    /** A new meeting shared with Lithuania, recorded by the officer (who is responsible for it and follows it). */
    private long newLithuanianMeeting(String title) {
        var start = Instant.parse("2025-10-02T07:00:00Z");
        try (var ignored = as("officer")) {
            return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                    start.plus(1, ChronoUnit.HOURS), "Київ", null, Set.of("LT"), Set.of(), Set.of(), Set.of(), null,
                    null, null, true), Locale.forLanguageTag("uk")).id();
        }
    }

    private long officerId() {
        return SignedIn.demoUser("officer").id();
    }

    private List<String> notifications(long recipient, String kind, long meetingId) {
        return jdbc.queryForList("select remark from notification where recipient_id = ? and event_kind = ?"
                + " and subject_kind = 'MEETING' and subject_id = ?", String.class, recipient, kind, meetingId);
    }

    /** Her writes as she herself may count them (the security log counts a user's own events for her). */
    private long writesOf(PortalUser user) {
        try (var ignored = signedIn(user)) {
            return auditLog.countSince(SecurityEventType.PARTNER_WRITE, user.username(),
                    time.now().minus(Duration.ofMinutes(10)));
        }
    }
}
