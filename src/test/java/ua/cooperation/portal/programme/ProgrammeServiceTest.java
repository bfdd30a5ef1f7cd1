package ua.cooperation.portal.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.translation.ContentTranslations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.programme.ProgrammeRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class ProgrammeServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Demo programmes (db/changelog/demo/0950-demo-programmes.yaml). */
    static final long RECREATION_LT_APPROVED = 1;
    static final long PSYCHOLOGICAL_PL_SUBMITTED = 2;
    static final long SCHOOLS_LT_INTERNAL = 3;
    /** Demo organisations: Lithuanian ministry of defence, Luhansk regional military administration. */
    static final long LT_MINISTRY = 2;
    static final long LUHANSK_RMA = 5;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    DocumentService documents;
    @Autowired
    ContentTranslations translations;

    /** Creates a complete programme with its English texts, ready to submit; call as an officer. */
    private ProgrammeDetails createTranslated() {
        var created = programmes.create(complete(), UK);
        TestProgrammeTexts.inEnglish(translations, created.id());
        return created;
    }

    /** A complete programme with Lithuania that may be submitted; a fresh identifier each time. */
    static ProgrammeChanges complete() {
        return new ProgrammeChanges(null, 0, "UA-TEST-" + System.nanoTime() + "-" + NEXT.incrementAndGet(),
                "Табір для дітей", "Оздоровлення дітей",
                ActivityStatus.PIPELINE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), null, null,
                Set.of("LT"), Set.of(TargetGroup.CHILDREN), Set.of(SupportArea.RECREATION), Set.of(1L),
                List.of(new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 80),
                        new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 20)),
                List.of(new ProgrammeChanges.Participant(LT_MINISTRY, OrganisationRole.FUNDING),
                        new ProgrammeChanges.Participant(LUHANSK_RMA, OrganisationRole.IMPLEMENTING)),
                new BigDecimal("50000.00"), "EUR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new ProgrammeChanges.Transaction(TransactionType.COMMITMENT, LocalDate.of(2026, 2, 1),
                        new BigDecimal("50000.00"), "EUR", LT_MINISTRY, LUHANSK_RMA)),
                List.of(new ProgrammeChanges.Indicator("Діти в таборі", "дітей", BigDecimal.ZERO, 2025,
                        new BigDecimal("100"), List.of(new ProgrammeChanges.Period(LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 8, 31), new BigDecimal("100"), null)))),
                List.of(new ProgrammeChanges.BeneficiaryCount(TargetGroup.CHILDREN, 0)), true);
    }

    static ProgrammeChanges with(ProgrammeChanges c, java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(c)).build();
    }

    /** Copies a programme's input with some parts replaced (records have no withers). */
    static final class Builder {
        ProgrammeChanges c;
        List<ProgrammeChanges.SectorShare> sectors;
        Set<String> countries;
        BigDecimal budget;
        String title;
        List<ProgrammeChanges.Transaction> transactions;
        long version;
        Long id;

        Builder(ProgrammeChanges c) {
            this.c = c;
            sectors = c.sectors();
            countries = c.countryCodes();
            budget = c.budgetAmount();
            title = c.title();
            transactions = c.transactions();
            version = c.version();
            id = c.id();
        }

        Builder sectors(ProgrammeChanges.SectorShare... shares) {
            sectors = List.of(shares);
            return this;
        }

        Builder countries(String... codes) {
            countries = Set.of(codes);
            return this;
        }

        Builder budget(String amount) {
            budget = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        Builder title(String text) {
            title = text;
            return this;
        }

        Builder transactions(ProgrammeChanges.Transaction... list) {
            transactions = List.of(list);
            return this;
        }

        Builder stored(ProgrammeDetails details) {
            id = details.id();
            version = details.version();
            return this;
        }

        ProgrammeChanges build() {
            return new ProgrammeChanges(id, version, c.identifier(), title, c.summary(), c.activityStatus(), c.plannedStart(), c.plannedEnd(),
                    c.actualStart(), c.actualEnd(), countries, c.targetGroups(), c.supportAreas(), c.partnershipIds(),
                    sectors, c.participants(), budget, budget == null ? null : c.budgetCurrency(), c.budgetStart(),
                    c.budgetEnd(), transactions, c.indicators(), c.beneficiaries(), c.sharedWithPartners());
        }
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProgrammeRefusedException.class,
                e -> assertThat(e.reasons()).contains(reason));
    }

    @Test
    void officer_records_a_draft_with_its_first_approval_step_and_linked_partnership() {
        try (var ignored = as("officer")) {
            var created = programmes.create(complete(), UK);
            assertThat(created.approval()).isEqualTo(ApprovalState.DRAFT);
            assertThat(created.partnerships()).extracting(ProgrammeDetails.Linked::id).containsExactly(1L);
            assertThat(created.participants()).extracting(ProgrammeDetails.ParticipantItem::role)
                    .containsExactly(OrganisationRole.FUNDING, OrganisationRole.IMPLEMENTING);
            assertThat(created.input().indicators().getFirst().periods()).hasSize(1);
            assertThat(approvals.approvalHistoryOf(created.id())).singleElement()
                    .satisfies(step -> assertThat(step.toState()).isEqualTo(ApprovalState.DRAFT));
            var sameIdentifier = new ProgrammeChanges(null, 0, created.identifier(), "x", null, ActivityStatus.PIPELINE, null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                    List.of(), List.of(), null, null, null, null, List.of(), List.of(), List.of(), false);
            assertRefused(() -> programmes.create(sameIdentifier, UK), Reason.IDENTIFIER_TAKEN);
        }
    }

    @Test
    void sector_percentages_must_add_up_to_100_and_nothing_is_stored_otherwise() {
        try (var ignored = as("officer")) {
            long before = programmes.countVisible(ProgrammeFilter.none());
            assertRefused(() -> programmes.create(with(complete(), b -> b.sectors(
                    new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 60),
                    new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 30))), UK), Reason.SECTORS_NOT_100);
            assertRefused(() -> programmes.create(with(complete(), b -> b.sectors(
                    new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 50),
                    new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 50))), UK), Reason.SECTOR_TWICE);
            assertRefused(() -> programmes.create(with(complete(), b -> b.countries("UA")), UK),
                    Reason.COUNTRY_IS_UKRAINE);
            assertThat(programmes.countVisible(ProgrammeFilter.none())).isEqualTo(before);
            var bad = complete();
            var endFirst = new ProgrammeChanges(null, 0, bad.identifier(), bad.title(),
                    bad.summary(), ActivityStatus.PIPELINE, LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 4, 1), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(), List.of(),
                    List.of(), null, null, null, null, List.of(), List.of(), List.of(), false);
            assertRefused(() -> programmes.create(endFirst, UK), Reason.PLANNED_END_BEFORE_START);
        }
    }

    @Test
    void removing_a_row_from_an_ordered_list_is_kept_in_the_history() {
        try (var ignored = as("officer")) {
            var created = programmes.create(complete(), UK);
            // the first sector goes, the second moves up to its position: a DEL and an ADD at the same position
            var changed = programmes.update(with(created.input(), b -> b.sectors(
                    new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 100)).transactions()), UK);
            assertThat(changed.input().sectors()).containsExactly(
                    new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 100));
            assertThat(changed.input().transactions()).isEmpty();
            assertThat(programmes.historyOf(changed.id())).anySatisfy(entry -> assertThat(entry.changes())
                    .extracting(HistoryEntry.FieldChange::field).contains("sectors", "transactions"));
        }
    }

    @Test
    void sums_are_kept_per_currency_and_never_mixed() {
        try (var ignored = as("officer")) {
            var demo = programmes.findVisibleById(RECREATION_LT_APPROVED, UK).orElseThrow();
            assertThat(demo.sums().get(TransactionType.COMMITMENT)).containsOnlyKeys("EUR")
                    .containsEntry("EUR", new BigDecimal("120000.00"));
            assertThat(demo.sums().get(TransactionType.DISBURSEMENT)).containsOnlyKeys("EUR", "UAH")
                    .containsEntry("EUR", new BigDecimal("95000.00"))
                    .containsEntry("UAH", new BigDecimal("150000.00"));
        }
        var sums = ProgrammeDetailsAssembler.sums(List.of(
                new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2026, 1, 1),
                        new BigDecimal("10.50"), "EUR", null, null),
                new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2026, 1, 2),
                        new BigDecimal("100.00"), "PLN", null, null),
                new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2026, 1, 3),
                        new BigDecimal("0.50"), "EUR", null, null)));
        assertThat(sums.get(TransactionType.DISBURSEMENT)).containsEntry("EUR", new BigDecimal("11.00"))
                .containsEntry("PLN", new BigDecimal("100.00")).hasSize(2);
        assertThat(sums).doesNotContainKey(TransactionType.COMMITMENT);
    }

    @Test
    void officer_submits_and_only_a_head_approves_or_returns_with_a_required_comment() {
        ProgrammeDetails submitted;
        try (var ignored = as("officer")) {
            var created = createTranslated();
            submitted = approvals.submit(created.id(), created.version(), null, UK);
            assertThat(submitted.approval()).isEqualTo(ApprovalState.SUBMITTED);
            var id = submitted.id();
            var version = submitted.version();
            assertThatThrownBy(() -> approvals.approve(id, version, null, UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
            // nothing changes while a head decides
            assertRefused(() -> programmes.update(with(complete(), b -> b.stored(programmes.findVisibleById(id, UK)
                    .orElseThrow())), UK), Reason.NOT_EDITABLE_WHILE_SUBMITTED);
        }
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> approvals.approve(submitted.id(), submitted.version(), null, UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        ProgrammeDetails returned;
        try (var ignored = as("head")) {
            assertRefused(() -> approvals.returnToOfficers(submitted.id(), submitted.version(), Remark.internal("  "), UK),
                    Reason.COMMENT_REQUIRED);
            returned = approvals.returnToOfficers(submitted.id(), submitted.version(), Remark.internal("Додайте звіт МОМ"), UK);
            assertThat(returned.approval()).isEqualTo(ApprovalState.RETURNED);
            assertThatThrownBy(() -> approvals.submit(returned.id(), returned.version(), null, UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        ProgrammeDetails resubmitted;
        try (var ignored = as("officer")) {
            var fixed = programmes.update(with(returned.input(), b -> b.title("Літній табір для дітей")), UK);
            resubmitted = approvals.submit(fixed.id(), fixed.version(), Remark.internal("Виправлено"), UK);
        }
        try (var ignored = as("head")) {
            var approved = approvals.approve(resubmitted.id(), resubmitted.version(), Remark.internal("Погоджено"), UK);
            assertThat(approved.approval()).isEqualTo(ApprovalState.APPROVED);
            assertThat(approvals.approvalHistoryOf(approved.id())).extracting(ApprovalStepItem::toState)
                    .containsExactly(ApprovalState.APPROVED, ApprovalState.SUBMITTED, ApprovalState.RETURNED,
                            ApprovalState.SUBMITTED, ApprovalState.DRAFT);
            assertThat(approvals.approvalHistoryOf(approved.id()).get(2).comment()).isEqualTo("Додайте звіт МОМ");
            assertThat(approvals.approvalHistoryOf(approved.id()).get(2).changedBy()).isEqualTo("head");
        }
    }

    @Test
    void submission_lists_everything_that_is_missing() {
        try (var ignored = as("officer")) {
            var c = complete();
            var bare = programmes.create(new ProgrammeChanges(null, 0, c.identifier(), "Лише українською",
                    null, ActivityStatus.PIPELINE, null, null, null, null, Set.of(), Set.of(), Set.of(),
                    Set.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(), List.of(), false), UK);
            // staff see which languages the title still lacks; the missing summary is the officer's to write
            assertThat(bare.texts().missing()).containsExactly("en", "lt", "pl");
            assertThatThrownBy(() -> approvals.submit(bare.id(), bare.version(), null, UK))
                    .isInstanceOfSatisfying(ProgrammeRefusedException.class, e -> assertThat(e.reasons())
                            .containsExactly(Reason.SUBMIT_NEEDS_TITLES, Reason.SUBMIT_NEEDS_COUNTRY,
                                    Reason.SUBMIT_NEEDS_SECTORS, Reason.SUBMIT_NEEDS_BUDGET));
            assertThat(programmes.findVisibleById(bare.id(), UK).orElseThrow().approval())
                    .isEqualTo(ApprovalState.DRAFT);
        }
    }

    @Test
    void approved_key_fields_are_refused_until_a_revision_puts_the_programme_back_to_draft() {
        ProgrammeDetails approved;
        try (var ignored = as("officer")) {
            var created = createTranslated();
            var submitted = approvals.submit(created.id(), created.version(), null, UK);
            try (var head = as("head")) {
                approved = approvals.approve(submitted.id(), submitted.version(), null, UK);
            }
        }
        try (var ignored = as("officer")) {
            var stored = approved;
            assertRefused(() -> programmes.update(with(stored.input(), b -> b.budget("60000.00")), UK),
                    Reason.KEY_FIELDS_APPROVED);
            assertRefused(() -> programmes.update(with(stored.input(), b -> b.countries("LT", "PL")), UK),
                    Reason.KEY_FIELDS_APPROVED);
            // other fields may still change, and the same amount written differently is no change
            var renamed = programmes.update(with(stored.input(), b -> b.title("Літній табір для дітей")
                    .budget("50000")), UK);
            assertThat(renamed.approval()).isEqualTo(ApprovalState.APPROVED);
            // only an approved programme is revised; a submitted one is not
            var other = createTranslated();
            var otherSubmitted = approvals.submit(other.id(), other.version(), null, UK);
            assertRefused(() -> approvals.startRevision(otherSubmitted.id(), otherSubmitted.version(), null, UK),
                    Reason.MOVE_NOT_ALLOWED);
        }
    }

    @Test
    void a_revision_then_allows_key_fields_and_needs_a_new_approval() {
        ProgrammeDetails approved;
        try (var ignored = as("officer")) {
            var created = createTranslated();
            var submitted = approvals.submit(created.id(), created.version(), null, UK);
            try (var head = as("head")) {
                approved = approvals.approve(submitted.id(), submitted.version(), null, UK);
            }
        }
        try (var ignored = as("officer")) {
            var draft = approvals.startRevision(approved.id(), approved.version(), Remark.internal("Новий бюджет"), UK);
            assertThat(draft.approval()).isEqualTo(ApprovalState.DRAFT);
            var changed = programmes.update(with(draft.input(), b -> b.budget("65000.00")), UK);
            assertThat(changed.input().budgetAmount()).isEqualByComparingTo("65000");
            assertThatThrownBy(() -> programmes.update(with(draft.input(), b -> b.budget("1.00")), UK))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(approvals.approvalHistoryOf(changed.id()).getFirst().comment()).isEqualTo("Новий бюджет");
            // unchanged lists are not reported as changes (their rows compare by value)
            assertThat(programmes.historyOf(changed.id()).getFirst().changes())
                    .extracting(HistoryEntry.FieldChange::field).containsExactly("budgetAmount");
            assertThat(programmes.historyOf(changed.id())).anySatisfy(entry -> assertThat(entry.changes())
                    .anySatisfy(change -> assertThat(change.field()).isEqualTo("budgetAmount")));
        }
    }

    @Test
    void liaison_sees_shared_programmes_of_their_countries_only_and_others_answer_like_a_missing_id() {
        try (var ignored = as("liaison-lt")) {
            var visible = programmes.findVisible(ProgrammeFilter.none(), PageRequest.of(0, 100), UK);
            assertThat(visible).extracting(ProgrammeListItem::id).contains(RECREATION_LT_APPROVED)
                    .doesNotContain(PSYCHOLOGICAL_PL_SUBMITTED, SCHOOLS_LT_INTERNAL);
            assertThat(visible).allSatisfy(item -> assertThat(item.countryCodes()).contains("LT"));
            assertThat(programmes.findVisibleById(RECREATION_LT_APPROVED, UK)).isPresent()
                    .get().satisfies(d -> assertThat(d.updatedBy()).isNull());
            assertThat(programmes.findVisibleById(SCHOOLS_LT_INTERNAL, UK)).isEmpty();
            assertThat(programmes.findVisibleById(PSYCHOLOGICAL_PL_SUBMITTED, UK)).isEmpty();
            assertThat(programmes.findVisibleById(999_999, UK)).isEmpty();
            for (long id : List.of(SCHOOLS_LT_INTERNAL, PSYCHOLOGICAL_PL_SUBMITTED, 999_999L)) {
                assertThatThrownBy(() -> programmes.historyOf(id)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> approvals.approvalHistoryOf(id)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.PROGRAMME, id))
                        .isInstanceOf(RecordNotFoundException.class);
            }
            assertThat(programmes.historyOf(RECREATION_LT_APPROVED)).isNotEmpty();
            assertThatThrownBy(() -> programmes.create(complete(), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(programmes.findVisible(ProgrammeFilter.none(), PageRequest.of(0, 100), UK))
                    .extracting(ProgrammeListItem::id).contains(PSYCHOLOGICAL_PL_SUBMITTED)
                    .doesNotContain(RECREATION_LT_APPROVED, SCHOOLS_LT_INTERNAL);
        }
        try (var ignored = as("officer")) {
            assertThat(programmes.findVisibleById(SCHOOLS_LT_INTERNAL, UK)).isPresent();
        }
    }

    @Test
    void the_list_filters_by_country_status_approval_sector_target_group_and_text_and_sorts() {
        try (var ignored = as("head")) {
            var page = PageRequest.of(0, 100);
            assertThat(programmes.findVisible(ProgrammeFilter.awaitingApproval(), page, UK))
                    .extracting(ProgrammeListItem::id).contains(PSYCHOLOGICAL_PL_SUBMITTED)
                    .doesNotContain(RECREATION_LT_APPROVED, SCHOOLS_LT_INTERNAL);
            assertThat(programmes.findVisible(new ProgrammeFilter(null, "PL", null, null, null, null), page, UK))
                    .extracting(ProgrammeListItem::id).contains(PSYCHOLOGICAL_PL_SUBMITTED)
                    .doesNotContain(RECREATION_LT_APPROVED);
            assertThat(programmes.findVisible(new ProgrammeFilter(null, null, ActivityStatus.IMPLEMENTATION, null,
                    null, null), page, UK)).extracting(ProgrammeListItem::id).contains(RECREATION_LT_APPROVED)
                    .doesNotContain(PSYCHOLOGICAL_PL_SUBMITTED);
            assertThat(programmes.findVisible(new ProgrammeFilter(null, null, null, null, Sector.PRIMARY_EDUCATION,
                    null), page, UK)).extracting(ProgrammeListItem::id).contains(SCHOOLS_LT_INTERNAL)
                    .doesNotContain(RECREATION_LT_APPROVED);
            assertThat(programmes.findVisible(new ProgrammeFilter(null, null, null, null, null,
                    TargetGroup.SERVICE_MEMBER_FAMILIES), page, UK)).extracting(ProgrammeListItem::id)
                    .contains(PSYCHOLOGICAL_PL_SUBMITTED).doesNotContain(RECREATION_LT_APPROVED);
            // a title in another language, and the identifier
            assertThat(programmes.findVisible(new ProgrammeFilter("oblast in druskininkai", null, null, null, null, null), page,
                    UK)).extracting(ProgrammeListItem::id).containsExactly(RECREATION_LT_APPROVED);
            assertThat(programmes.findVisible(new ProgrammeFilter("2026-003", null, null, null, null, null), page,
                    UK)).extracting(ProgrammeListItem::id).containsExactly(SCHOOLS_LT_INTERNAL);
            var byIdentifier = programmes.findVisible(ProgrammeFilter.none(), PageRequest.of(0, 3,
                    Sort.by(ProgrammeService.SORT_IDENTIFIER)), UK);
            assertThat(byIdentifier).extracting(ProgrammeListItem::identifier).isSorted();
            assertThat(programmes.countVisible(ProgrammeFilter.none())).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void documents_of_a_programme_follow_its_scope_and_appear_in_its_history() {
        long documentId;
        try (var ignored = as("officer")) {
            int before = programmes.historyOf(RECREATION_LT_APPROVED).size();
            documentId = documents.upload(new NewDocument(DocumentOwnerKind.PROGRAMME, RECREATION_LT_APPROVED,
                    DocumentType.REPORT, "uk", "Звіт про оздоровлення", true, "report.pdf"), TestFiles.PDF).id();
            assertThat(programmes.historyOf(RECREATION_LT_APPROVED)).hasSize(before + 1);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(documents.findFor(DocumentOwnerKind.PROGRAMME, RECREATION_LT_APPROVED))
                    .extracting(d -> d.id()).contains(documentId);
            assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.PROGRAMME, SCHOOLS_LT_INTERNAL))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.PROGRAMME, RECREATION_LT_APPROVED))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }
}
