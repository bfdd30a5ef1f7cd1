package ua.cooperation.portal.partnership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.partnership.PartnershipRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class PartnershipServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Demo partnerships (db/changelog/demo/0940-demo-partnerships.yaml). */
    private static final long SIEVIERODONETSK_DRUSKININKAI = 1;
    private static final long SIEVIERODONETSK_LUBLIN = 2;
    private static final long STAROBILSK_ALYTUS_INTERNAL = 3;
    /** Hromadas of Luhansk oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String POPASNA = "UA44120070000073915";
    private static final String SHCHASTIA = "UA44160090000075695";
    private static final String LUHANSK_OBLAST = "UA44000000000018893";
    private static final String SIEVIERODONETSK_RAION = "UA44120000000092852";

    @Autowired
    PartnershipService partnerships;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    DocumentService documents;

    private long druskininkai() {
        return municipalities.findVisible("Druskinink", null, 0, 1, UK).getFirst().id();
    }

    private PartnershipChanges newPartnership(String hromada, long partnerMunicipality) {
        return new PartnershipChanges(null, 0, hromada, partnerMunicipality, null, PartnershipType.COOPERATION_AGREEMENT,
                Set.of(CooperationArea.EDUCATION, CooperationArea.VETERANS), null, 7L, LocalDate.of(2030, 1, 1),
                "внутрішнє", true);
    }

    @Test
    void officer_records_a_partnership_that_starts_proposed_with_its_first_status_row() {
        try (var ignored = as("officer")) {
            var created = partnerships.create(newPartnership(POPASNA, druskininkai()), UK);
            assertThat(created.status()).isEqualTo(PartnershipStatus.PROPOSED);
            assertThat(created.countryCode()).isEqualTo("LT");
            assertThat(created.ukrainian().name()).isEqualTo("Попаснянська");
            assertThat(created.ukrainianLocation()).contains("Луганська");
            assertThat(created.partner().name()).isEqualTo("Друскінінкайське самоврядування");
            assertThat(created.partnerFocalPerson().name()).isEqualTo("Rūta Mockutė");
            assertThat(created.areas()).containsExactlyInAnyOrder(CooperationArea.EDUCATION, CooperationArea.VETERANS);
            assertThat(created.health()).isEqualTo(PartnershipHealth.ACTIVE);
            assertThat(partnerships.statusHistoryOf(created.id())).singleElement().satisfies(row -> {
                assertThat(row.toStatus()).isEqualTo(PartnershipStatus.PROPOSED);
                assertThat(row.changedBy()).isEqualTo("officer");
            });
            // the hromada got its municipality record on first use, and only one
            assertThat(municipalities.findVisible("Попаснянська", null, 0, 10, UK)).hasSize(1);
        }
    }

    @Test
    void a_partnership_needs_exactly_one_foreign_partner_and_a_hromada_and_nothing_is_stored_otherwise() {
        try (var ignored = as("officer")) {
            long before = partnerships.countVisible(PartnershipFilter.none());
            var both = new PartnershipChanges(null, 0, SHCHASTIA, druskininkai(), 1L, PartnershipType.INFORMAL,
                    Set.of(), null, null, null, null, false);
            assertRefused(() -> partnerships.create(both, UK), Reason.PARTNER_REQUIRED);
            var neither = new PartnershipChanges(null, 0, SHCHASTIA, null, null, PartnershipType.INFORMAL, Set.of(),
                    null, null, null, null, false);
            assertRefused(() -> partnerships.create(neither, UK), Reason.PARTNER_REQUIRED);
            long sievierodonetsk = municipalities.findVisible("Сєвєродонецька", null, 0, 1, UK).getFirst().id();
            assertRefused(() -> partnerships.create(newPartnership(SHCHASTIA, sievierodonetsk), UK),
                    Reason.PARTNER_IS_UKRAINIAN);
            assertRefused(() -> partnerships.create(newPartnership(LUHANSK_OBLAST, druskininkai()), UK),
                    Reason.HROMADA_UNKNOWN);
            assertThat(partnerships.countVisible(PartnershipFilter.none())).isEqualTo(before);
        }
    }

    @Test
    void only_allowed_moves_are_made_and_signed_is_never_a_plain_move() {
        try (var ignored = as("officer")) {
            var p = partnerships.create(newPartnership(SHCHASTIA, druskininkai()), UK);
            assertRefused(() -> partnerships.changeStatus(p.id(), p.version(), PartnershipStatus.ACTIVE, null, null, UK),
                    Reason.MOVE_NOT_ALLOWED);
            assertRefused(() -> partnerships.changeStatus(p.id(), p.version(), PartnershipStatus.SIGNED, null, null, UK),
                    Reason.SIGNING_NEEDS_CONFIRMATION);
            assertRefused(() -> partnerships.changeStatus(p.id(), p.version(), PartnershipStatus.NEGOTIATING,
                    LocalDate.now().plusDays(3), null, UK), Reason.EFFECTIVE_ON_IN_FUTURE);
            assertRefused(() -> partnerships.proposeSigning(p.id(), p.version(), LocalDate.of(2025, 1, 1), null, UK),
                    Reason.AGREEMENT_MISSING);
            assertRefused(() -> partnerships.proposeSigning(p.id(), p.version(), null, null, UK),
                    Reason.SIGNED_ON_REQUIRED);

            var negotiating = partnerships.changeStatus(p.id(), p.version(), PartnershipStatus.NEGOTIATING,
                    LocalDate.of(2025, 10, 1), Remark.internal("перша зустріч"), UK);
            assertThat(negotiating.status()).isEqualTo(PartnershipStatus.NEGOTIATING);
            // a save on top of the version before the move is stale
            assertThatThrownBy(() -> partnerships.changeStatus(p.id(), p.version(), PartnershipStatus.TERMINATED,
                    null, null, UK)).isInstanceOf(ConcurrentEditException.class);
            var ended = partnerships.changeStatus(p.id(), negotiating.version(), PartnershipStatus.TERMINATED, null,
                    Remark.internal("громада відмовилася"), UK);
            assertThat(ended.health()).isEqualTo(PartnershipHealth.NONE);
            assertRefused(() -> partnerships.changeStatus(p.id(), ended.version(), PartnershipStatus.PROPOSED, null,
                    null, UK), Reason.MOVE_NOT_ALLOWED);
            assertThat(partnerships.statusHistoryOf(p.id())).extracting(StatusChangeItem::toStatus)
                    .containsExactly(PartnershipStatus.TERMINATED, PartnershipStatus.NEGOTIATING,
                            PartnershipStatus.PROPOSED);
            assertThat(partnerships.statusHistoryOf(p.id()).getFirst().note()).isEqualTo("громада відмовилася");
        }
    }

    @Test
    void only_a_head_confirms_or_returns_signing_and_only_when_it_was_proposed() {
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> partnerships.confirmSigning(SIEVIERODONETSK_LUBLIN, 0, null, UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("head")) {
            var lublin = partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, UK).orElseThrow();
            assertRefused(() -> partnerships.confirmSigning(lublin.id(), lublin.version(), null, UK),
                    Reason.NOT_AWAITING_CONFIRMATION);
            assertThatThrownBy(() -> partnerships.changeStatus(lublin.id(), lublin.version(),
                    PartnershipStatus.TERMINATED, null, null, UK)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void signing_is_proposed_with_the_agreement_and_a_date_then_returned_or_confirmed_by_a_head() {
        PartnershipDetails proposed;
        DocumentItem agreement;
        try (var ignored = as("officer")) {
            var p = partnerships.create(newPartnership("UA44100130000017965", druskininkai()), UK);
            agreement = documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, p.id(), DocumentType.AGREEMENT,
                    "uk", "Угода про співпрацю", true, "ugoda.pdf"), TestFiles.PDF);
            assertRefused(() -> partnerships.proposeSigning(p.id(), p.version(), LocalDate.now().plusDays(2), null,
                    UK), Reason.SIGNED_ON_IN_FUTURE);
            assertRefused(() -> partnerships.proposeSigning(p.id(), p.version(), LocalDate.of(2031, 1, 1), null, UK),
                    Reason.SIGNED_ON_IN_FUTURE);
            proposed = partnerships.proposeSigning(p.id(), p.version(), LocalDate.of(2025, 11, 20), Remark.internal("підписано"), UK);
            assertThat(proposed.awaitingConfirmation()).isTrue();
            assertThat(proposed.status()).isEqualTo(PartnershipStatus.PROPOSED);
            var awaiting = proposed;
            assertRefused(() -> partnerships.proposeSigning(awaiting.id(), awaiting.version(), LocalDate.of(2025, 11, 20),
                    null, UK), Reason.ALREADY_AWAITING_CONFIRMATION);
            assertRefused(() -> partnerships.changeStatus(awaiting.id(), awaiting.version(),
                    PartnershipStatus.TERMINATED, null, null, UK), Reason.ALREADY_AWAITING_CONFIRMATION);
        }
        PartnershipDetails returned;
        try (var ignored = as("head")) {
            assertThat(partnerships.findVisible(PartnershipFilter.awaitingConfirmationOnly(), PageRequest.of(0, 50), UK))
                    .extracting(PartnershipListItem::id).contains(proposed.id());
            var awaiting = proposed;
            assertRefused(() -> partnerships.returnSigning(awaiting.id(), awaiting.version(), Remark.internal("  "), UK),
                    Reason.NOTE_REQUIRED);
            returned = partnerships.returnSigning(proposed.id(), proposed.version(), Remark.internal("Не та редакція угоди"), UK);
            assertThat(returned.awaitingConfirmation()).isFalse();
            assertThat(partnerships.statusHistoryOf(returned.id()).getFirst().kind()).isEqualTo("SIGNING_RETURNED");
        }
        PartnershipDetails again;
        try (var ignored = as("officer")) {
            again = partnerships.proposeSigning(returned.id(), returned.version(), LocalDate.of(2025, 11, 21), null, UK);
            // the agreement disappears before the head decides: confirming is refused
            documents.delete(agreement.id(), agreement.version());
        }
        try (var ignored = as("head")) {
            var awaiting = again;
            assertRefused(() -> partnerships.confirmSigning(awaiting.id(), awaiting.version(), null, UK),
                    Reason.AGREEMENT_MISSING);
        }
        try (var ignored = as("officer")) {
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, again.id(), DocumentType.AGREEMENT, "lt",
                    "Bendradarbiavimo sutartis", true, "sutartis.pdf"), TestFiles.PDF);
        }
        try (var ignored = as("head")) {
            var signed = partnerships.confirmSigning(again.id(), again.version(), Remark.internal("Погоджено"), UK);
            assertThat(signed.status()).isEqualTo(PartnershipStatus.SIGNED);
            assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2025, 11, 21));
            assertThat(partnerships.statusHistoryOf(signed.id())).extracting(StatusChangeItem::kind)
                    .containsExactly("SIGNING_CONFIRMED", "SIGNING_PROPOSED", "SIGNING_RETURNED", "SIGNING_PROPOSED",
                            "MOVED");
            assertThat(partnerships.statusHistoryOf(signed.id()).getFirst().changedBy()).isEqualTo("head");
            // the record's history shows the documents' uploads and the deletion next to its own changes
            assertThat(partnerships.historyOf(signed.id())).extracting(HistoryEntry::subject)
                    .contains("Угода про співпрацю", "Bendradarbiavimo sutartis");
        }
    }

    @Test
    void a_partnerships_documents_are_exactly_as_visible_as_the_partnership() {
        try (var ignored = as("officer")) {
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI,
                    DocumentType.MINUTES, "lt", "Susitikimo protokolas", true, "protokolas.pdf"), TestFiles.PDF);
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI,
                    DocumentType.REPORT, "uk", "Внутрішній звіт", false, "zvit.pdf"), TestFiles.PDF);
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, STAROBILSK_ALYTUS_INTERNAL,
                    DocumentType.OTHER, "uk", "Лист громади", true, "lyst.pdf"), TestFiles.PDF);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(documents.findFor(DocumentOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI))
                    .extracting(DocumentItem::title).contains("Susitikimo protokolas")
                    .doesNotContain("Внутрішній звіт");
            assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.PARTNERSHIP, STAROBILSK_ALYTUS_INTERNAL))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(documents.hasDocument(DocumentOwnerKind.PARTNERSHIP, STAROBILSK_ALYTUS_INTERNAL,
                    DocumentType.OTHER)).isFalse();
            // a partner proposes documents for records she may open (PartnerDocumentsTest); an internal one is unknown
            assertThatThrownBy(() -> documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP,
                    STAROBILSK_ALYTUS_INTERNAL, DocumentType.OTHER, "lt", "x", true, "x.pdf"), TestFiles.PDF))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void a_contact_moves_the_last_contact_forward_only_and_keeps_the_version() {
        try (var ignored = as("officer")) {
            var before = partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, UK).orElseThrow();
            assertThat(before.lastContactOn()).isBefore(LocalDate.of(2025, 5, 1));
            partnerships.recordContact(SIEVIERODONETSK_LUBLIN, LocalDate.of(2025, 5, 1));
            var moved = partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, UK).orElseThrow();
            assertThat(moved.lastContactOn()).isEqualTo(LocalDate.of(2025, 5, 1));
            assertThat(moved.version()).as("no conflict for an officer editing it").isEqualTo(before.version());
            partnerships.recordContact(SIEVIERODONETSK_LUBLIN, LocalDate.of(2025, 4, 1));
            partnerships.recordContact(SIEVIERODONETSK_LUBLIN, LocalDate.now().plusDays(5)); // planned, not yet a contact
            assertThat(partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, UK).orElseThrow().lastContactOn())
                    .isEqualTo(LocalDate.of(2025, 5, 1));
        }
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> partnerships.recordContact(SIEVIERODONETSK_DRUSKININKAI, LocalDate.now()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void edits_are_versioned_and_kept_in_the_history() {
        try (var ignored = as("officer")) {
            var p = partnerships.create(newPartnership("UA44160070000013725", druskininkai()), UK);
            var changed = partnerships.update(new PartnershipChanges(p.id(), p.version(), p.ukrainianHromadaCode(),
                    druskininkai(), null, PartnershipType.TWINNING, Set.of(CooperationArea.CULTURE), null, 7L,
                    LocalDate.of(2031, 6, 30), "внутрішнє", true), UK);
            assertThat(changed.type()).isEqualTo(PartnershipType.TWINNING);
            assertThatThrownBy(() -> partnerships.update(p.toChanges(), UK))
                    .isInstanceOf(ConcurrentEditException.class);
            var latest = partnerships.historyOf(p.id()).getFirst();
            assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(latest.changes()).extracting(HistoryEntry.FieldChange::field)
                    .contains("type", "areas", "validUntil");
            // readable after the transaction has closed, as the history tab reads it
            assertThat(latest.changes()).filteredOn(c -> c.field().equals("areas")).singleElement()
                    .satisfies(c -> {
                        assertThat((java.util.Collection<Object>) c.oldValue()).containsExactlyInAnyOrder(
                                CooperationArea.EDUCATION, CooperationArea.VETERANS);
                        assertThat((java.util.Collection<Object>) c.newValue()).containsExactly(CooperationArea.CULTURE);
                    });
            assertThat(partnerships.findVisibleById(p.id(), UK).orElseThrow().type())
                    .isEqualTo(PartnershipType.TWINNING);
        }
    }

    @Test
    void liaisons_see_only_shared_partnerships_of_their_countries_without_internal_notes_and_cannot_change_them() {
        try (var ignored = as("liaison-lt")) {
            var visible = partnerships.findVisible(PartnershipFilter.none(), PageRequest.of(0, 100), UK);
            assertThat(visible).extracting(PartnershipListItem::countryCode).containsOnly("LT");
            assertThat(visible).extracting(PartnershipListItem::id).contains(SIEVIERODONETSK_DRUSKININKAI)
                    .doesNotContain(SIEVIERODONETSK_LUBLIN, STAROBILSK_ALYTUS_INTERNAL);
            var twinning = partnerships.findVisibleById(SIEVIERODONETSK_DRUSKININKAI, UK).orElseThrow();
            assertThat(twinning.notes()).isNull();
            assertThat(twinning.ukrainian().linkable()).isFalse();
            for (long outOfScope : new long[]{SIEVIERODONETSK_LUBLIN, STAROBILSK_ALYTUS_INTERNAL, 999_999}) {
                assertThat(partnerships.findVisibleById(outOfScope, UK)).isEmpty();
                assertThatThrownBy(() -> partnerships.statusHistoryOf(outOfScope))
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> partnerships.historyOf(outOfScope))
                        .isInstanceOf(RecordNotFoundException.class);
            }
            assertThat(partnerships.historyOf(SIEVIERODONETSK_DRUSKININKAI))
                    .flatExtracting(HistoryEntry::changes).extracting(HistoryEntry.FieldChange::field)
                    .doesNotContain("notes");
            assertThatThrownBy(() -> partnerships.create(newPartnership(SHCHASTIA, 2L), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> partnerships.changeStatus(SIEVIERODONETSK_DRUSKININKAI, twinning.version(),
                    PartnershipStatus.DORMANT, null, null, UK)).isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(partnerships.findVisible(PartnershipFilter.none(), PageRequest.of(0, 100), UK))
                    .extracting(PartnershipListItem::countryCode).containsOnly("PL").isNotEmpty();
            assertThat(partnerships.findVisibleById(SIEVIERODONETSK_DRUSKININKAI, UK)).isEmpty();
        }
        try (var ignored = as("head")) {
            assertThat(partnerships.findVisibleById(STAROBILSK_ALYTUS_INTERNAL, UK).orElseThrow().notes())
                    .startsWith("Ініціатива громади");
        }
    }

    @Test
    void filters_narrow_by_country_area_territory_and_text_and_sort_as_asked() {
        try (var ignored = as("head")) {
            assertThat(ids(new PartnershipFilter(null, "LT", null, null, null, null, false)))
                    .contains(SIEVIERODONETSK_DRUSKININKAI, STAROBILSK_ALYTUS_INTERNAL)
                    .doesNotContain(SIEVIERODONETSK_LUBLIN);
            assertThat(ids(new PartnershipFilter(null, null, null, null, CooperationArea.HEALTHCARE, null, false)))
                    .contains(SIEVIERODONETSK_LUBLIN).doesNotContain(SIEVIERODONETSK_DRUSKININKAI);
            assertThat(ids(new PartnershipFilter(null, null, LUHANSK_OBLAST, null, null, null, false)))
                    .contains(SIEVIERODONETSK_DRUSKININKAI, SIEVIERODONETSK_LUBLIN, STAROBILSK_ALYTUS_INTERNAL);
            assertThat(ids(new PartnershipFilter(null, null, SIEVIERODONETSK_RAION, null, null, null, false)))
                    .contains(SIEVIERODONETSK_DRUSKININKAI, SIEVIERODONETSK_LUBLIN)
                    .doesNotContain(STAROBILSK_ALYTUS_INTERNAL);
            assertThat(ids(new PartnershipFilter("lubl", null, null, null, null, null, false)))
                    .containsExactly(SIEVIERODONETSK_LUBLIN);
            assertThat(ids(new PartnershipFilter(null, null, null, PartnershipStatus.ACTIVE, null, null, false)))
                    .contains(SIEVIERODONETSK_DRUSKININKAI).doesNotContain(SIEVIERODONETSK_LUBLIN);
            assertThat(partnerships.countVisible(new PartnershipFilter("lubl", null, null, null, null, null, false)))
                    .isEqualTo(1);

            var byLastContact = partnerships.findVisible(new PartnershipFilter(null, null, SIEVIERODONETSK_RAION,
                            null, null, null, false), PageRequest.of(0, 10, Sort.by(PartnershipService.SORT_LAST_CONTACT)),
                    UK);
            assertThat(byLastContact).extracting(PartnershipListItem::lastContactOn).isSortedAccordingTo(
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
            var twinning = byLastContact.stream().filter(i -> i.id() == SIEVIERODONETSK_DRUSKININKAI).findFirst()
                    .orElseThrow();
            assertThat(twinning.areas()).containsExactlyInAnyOrder(CooperationArea.EDUCATION,
                    CooperationArea.CHILDREN_RECREATION, CooperationArea.SOCIAL_SUPPORT);
            assertThat(twinning.name()).isEqualTo("Сєвєродонецька — Друскінінкайське самоврядування");
        }
    }

    private java.util.List<Long> ids(PartnershipFilter filter) {
        return partnerships.findVisible(filter, PageRequest.of(0, 200), UK).stream().map(PartnershipListItem::id)
                .toList();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PartnershipRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
