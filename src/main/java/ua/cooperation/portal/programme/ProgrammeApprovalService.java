package ua.cooperation.portal.programme;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.List;
import java.util.Locale;

import static ua.cooperation.portal.programme.ProgrammeRefusedException.Reason;

/**
 * The approval workflow of programmes: officers and administrators submit a draft or returned programme and start
 * the revision of an approved one; only a head approves or returns a submitted one. Every move checks the programme's
 * state and the version the user saw, and writes a {@link ProgrammeApprovalStep}. Like every read, a programme
 * outside the reader's {@link CountryScope} answers exactly like a missing one.
 */
@Service
public class ProgrammeApprovalService {

    /** The longest comment a step takes; a longer one is refused ({@code COMMENT_TOO_LONG}). */
    public static final int COMMENT_MAX_LENGTH = ProgrammeApprovalStep.COMMENT_MAX_LENGTH;

    private final ProgrammeStore store;
    private final ProgrammeApprovalStepRepository steps;
    private final ProgrammeDetailsAssembler details;
    private final AccessPolicy policy;
    private final PortalTime time;
    private final RecordTexts texts;
    private final ApplicationEventPublisher events;

    ProgrammeApprovalService(ProgrammeStore store, ProgrammeApprovalStepRepository steps,
                             ProgrammeDetailsAssembler details, AccessPolicy policy, PortalTime time,
                             RecordTexts texts, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.steps = steps;
        this.details = details;
        this.policy = policy;
        this.time = time;
        this.texts = texts;
    }

    /**
     * The approval steps of a visible programme, newest first, as the reader may read them: a partner reads only the
     * comments marked for partners and no staff names ({@link AccessPolicy}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApprovalStepItem> approvalHistoryOf(long id) {
        store.requireVisible(id);
        var rows = steps.findByProgrammeIdOrderByChangedAtDescIdDesc(id);
        var author = policy.authors(rows.stream().map(ProgrammeApprovalStep::getChangedBy).toList());
        return rows.stream().map(row -> row.toItem(policy.note(row.getComment(), row.isCommentForPartners()),
                author.apply(row.getChangedBy()))).toList();
    }

    /**
     * An officer submits a draft or returned programme for approval. Needs the title and summary and their English
     * translation, at least one partner country, sectors adding up to 100 and a budget; every missing part is listed.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails submit(long id, long version, Remark comment, Locale language) {
        var programme = store.requireCurrent(id, version);
        var from = programme.getApproval();
        if (from != ApprovalState.DRAFT && from != ApprovalState.RETURNED) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        // the English text is what the IATI registry and most partners read (ADR 0040: a translation, not a column)
        var english = texts.localize(TextOwnerKind.PROGRAMME, id, ProgrammeTextOwner.originals(programme.getTitle(),
                programme.getSummary()), Locale.ENGLISH);
        var missing = ProgrammeRules.missingForSubmission(programme.toChanges(),
                english.byField().values().stream().noneMatch(LocalizedText::fallback));
        if (!missing.isEmpty()) {
            throw new ProgrammeRefusedException(missing);
        }
        return move(programme, version, ApprovalState.SUBMITTED, ProgrammeRules.checkedComment(comment, false),
                language);
    }

    /** A head approves a submitted programme, with an optional comment. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public ProgrammeDetails approve(long id, long version, Remark comment, Locale language) {
        var programme = requireIn(ApprovalState.SUBMITTED, id, version);
        return move(programme, version, ApprovalState.APPROVED, ProgrammeRules.checkedComment(comment, false),
                language);
    }

    /** A head returns a submitted programme to the officers; the comment saying what to change is required. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public ProgrammeDetails returnToOfficers(long id, long version, Remark comment, Locale language) {
        var programme = requireIn(ApprovalState.SUBMITTED, id, version);
        return move(programme, version, ApprovalState.RETURNED, ProgrammeRules.checkedComment(comment, true),
                language);
    }

    /**
     * An officer starts a revision of an approved programme: it goes back to draft, so that its key fields may change,
     * and must be submitted and approved again.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails startRevision(long id, long version, Remark comment, Locale language) {
        var programme = requireIn(ApprovalState.APPROVED, id, version);
        return move(programme, version, ApprovalState.DRAFT, ProgrammeRules.checkedComment(comment, false), language);
    }

    private Programme requireIn(ApprovalState state, long id, long version) {
        var programme = store.requireCurrent(id, version);
        if (programme.getApproval() != state) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        return programme;
    }

    private ProgrammeDetails move(Programme programme, long version, ApprovalState target, Remark comment,
                                  Locale language) {
        var from = programme.getApproval();
        programme.moveTo(target, store.username(), time.now());
        store.flush(programme, version);
        store.recordStep(programme, from, target, comment);
        events.publishEvent(new ProgrammeApprovalChanged(programme.getId(), target, comment,
                store.lastSubmitter(programme.getId()), programme.getCountryCodes(),
                programme.isSharedWithPartners()));
        return details.toDetails(programme, language);
    }
}
