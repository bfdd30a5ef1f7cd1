package ua.cooperation.portal.document;

import jakarta.servlet.MultipartConfigElement;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.document.DocumentContentCheckTest.EXE;
import static ua.cooperation.portal.document.DocumentContentCheckTest.PDF;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Documents on the test database, owned by real meetings: each test records meetings of its own (the tests share one
 * database); the liaison's meeting is the demo meeting shared with Lithuania.
 */
@IntegrationTest
class DocumentServiceTest {

    private static final DocumentOwnerKind MEETING = DocumentOwnerKind.MEETING;
    private static final long LIAISON_MEETING = TestMeetings.SHARED_WITH_LITHUANIA;

    @Autowired
    DocumentService documents;

    @Autowired
    ContentTranslations translations;

    @Autowired
    MeetingService meetings;

    @Autowired
    SecurityAuditLog auditLog;

    @Autowired
    MultipartConfigElement multipartConfig;

    @Test
    void an_uploaded_file_is_listed_and_downloads_byte_for_byte_under_its_original_name() throws IOException {
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 10");
            var content = pdfOfSize(3 * DocumentContent.CHUNK_SIZE + 12345);
            var item = documents.upload(meta(meeting, DocumentType.MINUTES, "Протокол зустрічі", false,
                    "Протокол 12.05.2025.pdf"), content);
            assertThat(item.fileName()).isEqualTo("Протокол 12.05.2025.pdf");
            assertThat(item.mediaType()).isEqualTo("application/pdf");
            assertThat(item.size()).isEqualTo(content.length);
            assertThat(item.uploadedBy()).isEqualTo("officer");

            var second = documents.upload(meta(meeting, DocumentType.AGREEMENT, "Угода", true, "agreement.pdf"), PDF);
            assertThat(documents.findFor(MEETING, meeting)).extracting(DocumentItem::id)
                    .containsExactly(second.id(), item.id());

            var download = documents.open(item.id()).orElseThrow();
            assertThat(download.fileName()).isEqualTo("Протокол 12.05.2025.pdf");
            assertThat(download.mediaType()).isEqualTo("application/pdf");
            assertThat(download.size()).isEqualTo(content.length);
            try (var in = download.content()) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThat(documents.hasDocument(MEETING, meeting, DocumentType.AGREEMENT)).isTrue();
            assertThat(documents.hasDocument(MEETING, meeting, DocumentType.PHOTO)).isFalse();
        }
    }

    @Test
    void exactly_20_mib_is_accepted_and_one_byte_more_is_too_large() throws IOException {
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 11");
            var tooLarge = pdfOfSize(DocumentService.MAX_SIZE + 1);
            assertThatThrownBy(() -> documents.upload(meta(meeting, DocumentType.REPORT, "Звіт", false, "big.pdf"),
                    tooLarge))
                    .isInstanceOfSatisfying(InvalidDocumentException.class,
                            e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.TOO_LARGE));

            // 20 chunks of 1 MiB: on MariaDB this passes only because no row is near max_allowed_packet (16 MB)
            var largest = Arrays.copyOf(tooLarge, DocumentService.MAX_SIZE);
            var item = documents.upload(meta(meeting, DocumentType.REPORT, "Звіт", false, "big.pdf"), largest);
            try (var in = documents.open(item.id()).orElseThrow().content()) {
                assertThat(in.readAllBytes()).isEqualTo(largest);
            }
        }
    }

    @Test
    void a_20_mib_upload_fits_the_servlet_multipart_limits() {
        // a multipart upload parsed with Spring's defaults (1 MB a file) would fail before reaching the service
        assertThat(multipartConfig.getMaxFileSize()).isGreaterThan(DocumentService.MAX_SIZE);
        assertThat(multipartConfig.getMaxRequestSize()).isGreaterThan(multipartConfig.getMaxFileSize());
    }

    @Test
    void empty_files_and_renamed_executables_are_refused_and_nothing_is_stored() {
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 12");
            assertThatThrownBy(() -> documents.upload(meta(meeting, DocumentType.AGREEMENT, "Угода", true,
                    "agreement.pdf"), EXE))
                    .isInstanceOfSatisfying(InvalidDocumentException.class,
                            e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.TYPE_MISMATCH));
            assertThatThrownBy(() -> documents.upload(meta(meeting, DocumentType.AGREEMENT, "Угода", true, "a.pdf"),
                    new byte[0]))
                    .isInstanceOfSatisfying(InvalidDocumentException.class,
                            e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.EMPTY));
            assertThatThrownBy(() -> documents.upload(new NewDocument(MEETING, meeting, DocumentType.AGREEMENT, "ukr",
                    " ", false, "a.pdf"), PDF))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> documents.upload(meta(TestMeetings.MISSING,
                    DocumentType.AGREEMENT, "Угода", true, "a.pdf"), PDF))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(documents.findFor(MEETING, meeting)).isEmpty();
            assertThat(documents.historyFor(MEETING, meeting)).isEmpty();
        }
    }

    @Test
    void a_hostile_file_name_is_stored_cleaned() {
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 13");
            var item = documents.upload(meta(meeting, DocumentType.REPORT, "Звіт", false,
                    "../../секрет/\u202Eзвіт\u0000 .pdf"), PDF);
            assertThat(item.fileName()).isEqualTo("звіт.pdf");
            assertThat(documents.open(item.id()).orElseThrow().fileName()).isEqualTo("звіт.pdf");
        }
    }

    @Test
    void a_liaison_sees_only_shared_documents_of_visible_records_and_each_download_is_audited() throws IOException {
        DocumentItem shared;
        DocumentItem internal;
        DocumentItem elsewhere;
        long other;
        try (var ignored = as("officer")) {
            other = TestMeetings.newInternalMeeting(meetings, "Інша зустріч");
            shared = documents.upload(meta(LIAISON_MEETING, DocumentType.MINUTES, "Протокол для партнерів", true,
                    "minutes.pdf"), PDF);
            internal = documents.upload(meta(LIAISON_MEETING, DocumentType.OTHER, "Внутрішня нотатка", false,
                    "note.txt"), "Лише для відділу".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            elsewhere = documents.upload(meta(other, DocumentType.MINUTES, "Інша зустріч", true, "other.pdf"), PDF);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(documents.findFor(MEETING, LIAISON_MEETING)).extracting(DocumentItem::id)
                    .contains(shared.id()).doesNotContain(internal.id());
            assertThatThrownBy(() -> documents.findFor(MEETING, other)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> documents.historyFor(MEETING, other)).isInstanceOf(RecordNotFoundException.class);
            assertThat(documents.historyFor(MEETING, LIAISON_MEETING)).extracting(HistoryEntry::subject)
                    .contains("Протокол для партнерів").doesNotContain("Внутрішня нотатка");
            assertThat(documents.open(internal.id())).isEmpty();
            assertThat(documents.open(elsewhere.id())).isEmpty();
            assertThat(documents.open(Long.MAX_VALUE)).isEmpty();
            assertThat(documents.hasDocument(MEETING, other, DocumentType.MINUTES)).isFalse();
            try (var in = documents.open(shared.id()).orElseThrow().content()) {
                assertThat(in.readAllBytes()).isEqualTo(PDF);
            }
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("liaison-lt"))
                    .filteredOn(e -> e.getType() == SecurityEventType.DOWNLOAD)
                    .extracting(e -> e.getDetail())
                    .anySatisfy(detail -> assertThat(detail).contains("document " + shared.id())
                            .contains("MEETING " + LIAISON_MEETING).contains("minutes.pdf"))
                    .noneSatisfy(detail -> assertThat(detail).contains("document " + internal.id() + " "));
        }
    }

    @Test
    void heads_cannot_upload_or_delete_and_a_liaison_cannot_delete_a_staff_document() {
        DocumentItem item;
        try (var ignored = as("officer")) {
            item = documents.upload(meta(LIAISON_MEETING, DocumentType.PHOTO, "Фото", true, "photo.png"),
                    DocumentContentCheckTest.PNG);
        }
        try (var ignored = as("head")) {
            assertThatThrownBy(() -> documents.upload(meta(LIAISON_MEETING, DocumentType.REPORT, "x", true,
                    "x.pdf"), PDF)).isInstanceOf(AuthorizationDeniedException.class);
            // she sees the record, may not change its documents: as for a document she could not see
            assertThatThrownBy(() -> documents.delete(item.id(), item.version()))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        // a liaison proposes documents (PartnerDocumentsTest) but deletes only her own pending or rejected ones
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> documents.delete(item.id(), item.version()))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("officer")) {
            assertThat(documents.open(item.id())).isPresent();
        }
    }

    @Test
    void a_stale_delete_is_refused_and_a_deletion_stays_in_the_history() {
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Документи 15");
            var item = documents.upload(meta(meeting, DocumentType.AGREEMENT, "Меморандум", false, "mou.pdf"), PDF);
            assertThatThrownBy(() -> documents.delete(item.id(), item.version() + 1))
                    .isInstanceOf(ConcurrentEditException.class);

            documents.delete(item.id(), item.version());

            assertThat(documents.findFor(MEETING, meeting)).isEmpty();
            assertThat(documents.open(item.id())).isEmpty();
            assertThat(documents.hasDocument(MEETING, meeting, DocumentType.AGREEMENT)).isFalse();
            assertThatThrownBy(() -> documents.delete(item.id(), item.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            var history = documents.historyFor(MEETING, meeting);
            assertThat(history).extracting(HistoryEntry::kind)
                    .containsExactly(HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CREATED);
            assertThat(history).extracting(HistoryEntry::subject).containsOnly("Меморандум");
            assertThat(history.getLast().changes()).contains(new HistoryEntry.FieldChange("document.fileName", null, "mou.pdf"));
        }
    }

    @Test
    void a_shared_documents_title_is_translated_for_partners_and_an_internal_one_is_not_theirs_to_read() {
        DocumentItem shared;
        DocumentItem internal;
        try (var ignored = as("officer")) {
            shared = documents.upload(meta(LIAISON_MEETING, DocumentType.MINUTES, "Протокол для посольства", true,
                    "protokol.pdf"), PDF);
            internal = documents.upload(meta(LIAISON_MEETING, DocumentType.OTHER, "Службова записка", false,
                    "memo.pdf"), PDF);
            assertThat(translations.workList("lt", 100_000)).anyMatch(work -> work.record().kind()
                    == TextOwnerKind.DOCUMENT && work.record().id() == shared.id())
                    .noneMatch(work -> work.record().kind() == TextOwnerKind.DOCUMENT
                            && work.record().id() == internal.id());
            translations.save(TextOwnerKind.DOCUMENT, shared.id(), "lt",
                    List.of(new TranslationChange("title", "Protokolas ambasadai", false, null)));
            assertThat(translations.workList("lt", 100_000)).noneMatch(work -> work.record().kind()
                    == TextOwnerKind.DOCUMENT && work.record().id() == shared.id());
        }
        try (var ignored = as("liaison-lt")) {
            var shown = documents.findFor(MEETING, LIAISON_MEETING, Locale.forLanguageTag("lt")).stream()
                    .filter(d -> d.id() == shared.id()).findFirst().orElseThrow();
            assertThat(shown.shownTitle().text()).isEqualTo("Protokolas ambasadai");
            assertThat(shown.shownTitle().fallback()).isFalse();
            var english = documents.findFor(MEETING, LIAISON_MEETING, Locale.ENGLISH).stream()
                    .filter(d -> d.id() == shared.id()).findFirst().orElseThrow();
            assertThat(english.shownTitle().text()).isEqualTo("Протокол для посольства");
            assertThat(english.shownTitle().fallback()).isTrue();
            // the translation page of a document she may not see answers like a missing one
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.DOCUMENT, internal.id(), "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("officer")) {
            documents.delete(shared.id(), shared.version());
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.DOCUMENT, shared.id(), "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    private static NewDocument meta(long meetingId, DocumentType type, String title, boolean shared, String fileName) {
        return new NewDocument(MEETING, meetingId, type, "uk", title, shared, fileName);
    }

    /** A PDF header followed by random bytes: passes the content check, and any corruption would show. */
    private static byte[] pdfOfSize(int size) {
        var content = new byte[size];
        new Random(42).nextBytes(content);
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }
}
