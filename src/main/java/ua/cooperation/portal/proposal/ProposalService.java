package ua.cooperation.portal.proposal;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.OrganisationLink;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.PartnerWrites;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.security.UserPreferences;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static ua.cooperation.portal.proposal.ProposalRefusedException.Reason;

/**
 * Meetings and visits partners propose (issue 21). A partner proposes for one of her countries and may withdraw her
 * proposal while it is open; officers accept it (a shared meeting of her country is recorded through
 * {@link MeetingService}, with her among its users, so that she sees and answers it) or decline it with a reason.
 * <p>
 * Scope: staff read every proposal, a partner those of her countries ({@link CountryScope#countryCodeIn}, the one
 * rule); any other id answers "not found". Names of staff are withheld from partners ({@link UserDirectory#displayNames}).
 * Every write of a partner passes {@link PartnerWrites}; a liaison preview changes nothing.
 */
@Service
public class ProposalService {

    /** The kinds a partner may propose. */
    public static final List<MeetingType> KINDS = List.of(MeetingType.EMBASSY_MEETING, MeetingType.DELEGATION_VISIT,
            MeetingType.WORKING_VISIT, MeetingType.VIDEO_CALL);

    private final MeetingProposalRepository proposals;
    private final ProposalChecks checks;
    private final MeetingService meetings;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;
    private final PartnerWrites partnerWrites;
    private final OutOfScopeRequests outOfScope;
    private final UserDirectory users;
    private final EntityManager entityManager;
    private final Validator validator;
    private final PortalTime time;
    private final ApplicationEventPublisher events;
    private final UserPreferences preferences;
    private final RecordTexts texts;

    ProposalService(MeetingProposalRepository proposals, ProposalChecks checks, MeetingService meetings,
                    CountryScope scope, AccessPolicy policy, CurrentUser currentUser, LiaisonPreview preview,
                    PartnerWrites partnerWrites, OutOfScopeRequests outOfScope, UserDirectory users,
                    EntityManager entityManager, Validator validator, PortalTime time,
                    ApplicationEventPublisher events, UserPreferences preferences, RecordTexts texts) {
        this.preferences = preferences;
        this.texts = texts;
        this.proposals = proposals;
        this.checks = checks;
        this.meetings = meetings;
        this.scope = scope;
        this.policy = policy;
        this.currentUser = currentUser;
        this.preview = preview;
        this.partnerWrites = partnerWrites;
        this.outOfScope = outOfScope;
        this.users = users;
        this.entityManager = entityManager;
        this.validator = validator;
        this.time = time;
        this.events = events;
    }

    /** What the reader may do with proposals: {@code mayEdit} accepts and declines (officers, not a preview). */
    public Permissions permissions() {
        return policy.permissions();
    }

    /** Whether the reader may propose: a partner, not an officer previewing as one. */
    public boolean mayPropose() {
        return currentUser.get().isPresent() && scope.isRestricted() && preview.previewedCountry().isEmpty();
    }

    /** The countries the reader may propose for: her own (a picker is needed only for more than one). */
    public List<String> proposableCountries() {
        // a guest bound to an organisation proposes for it: no country to choose
        return mayPropose() && scope.boundOrganisationId().isEmpty()
                ? scope.visibleCountryCodes().stream().sorted().toList() : List.of();
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** The proposals the reader may see that match the filter, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalListItem> findVisible(ProposalFilter filter, Pageable page) {
        var newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return toListItems(proposals.findAll(visible().and(matching(filter)), newestFirst).getContent());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(ProposalFilter filter) {
        return proposals.count(visible().and(matching(filter)));
    }

    /** Of {@code ids}, the proposals the reader may see (for notifications), in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalListItem> findVisibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<MeetingProposal> byIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(proposals.findAll(visible().and(byIds)));
    }

    /** The proposal if it exists and the reader may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> findVisibleById(long id) {
        var found = find(id);
        if (found.isEmpty()) {
            outOfScope.report("proposal", id, () -> proposals.existsById(id));
        }
        return found.map(this::toDetails);
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * A partner proposes a meeting or visit for her country ({@code countryCode}, or her only one when null). Refuses
     * invalid input ({@link jakarta.validation.ConstraintViolationException}) and what the rules do not allow
     * ({@link ProposalRefusedException}); passes {@link PartnerWrites}. The officers are told.
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public ProposalDetails propose(ProposalChanges changes) {
        // a sign-in that waits for its second factor is nobody yet: it stops here
        long me = currentUser.require().id();
        Validation.requireValid(validator, changes);
        checks.check(changes);
        // a guest bound to an organisation proposes for it, in its country (ADR 0042)
        var organisation = scope.boundOrganisationId().map(id -> entityManager.find(Organisation.class, id));
        var country = organisation.map(Organisation::getCountryCode).orElseGet(() -> countryOf(changes.countryCode()));
        var organisationId = organisation.map(Organisation::getId).orElse(null);
        partnerWrites.admit("proposal.add", organisationId == null ? "COUNTRY " + country
                : "ORGANISATION " + organisationId);
        // she writes in her portal language: the meeting recorded from it names that language as its original
        var language = preferences.preferredLocale().map(Locale::getLanguage).orElse(null);
        var proposal = MeetingProposal.propose(changes, country, organisationId, language, me, time.now());
        proposals.saveAndFlush(proposal);
        publish(proposal, false, null);
        return toDetails(proposal);
    }

    /** The proposer withdraws her open proposal. Another's answers NOT_PROPOSER; one she may not see "not found". */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public ProposalDetails withdraw(long id, long version) {
        long me = currentUser.require().id();
        var proposal = requireCurrent(id, version);
        if (proposal.getProposerId() != me) {
            throw new ProposalRefusedException(Reason.NOT_PROPOSER);
        }
        requireOpen(proposal);
        partnerWrites.admit("proposal.withdraw", "PROPOSAL " + id);
        proposal.withdraw(me, time.now());
        flush(proposal, version);
        publish(proposal, false, null);
        return toDetails(proposal);
    }

    /**
     * An officer accepts an open proposal with one of its options or another date: a meeting of the proposal's kind,
     * topic, description (as agenda), place and link is recorded for its country, shared with partners, the officer
     * responsible and the proposer among its users; the proposal names it. The proposer is told.
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public ProposalDetails accept(long id, long version, Acceptance acceptance) {
        requireEditor();
        var proposal = requireCurrent(id, version);
        requireOpen(proposal);
        var date = chosenDate(proposal, acceptance);
        checks.checkDate(date, "accept");
        boolean otherDate = acceptance.option() == null;
        var meeting = meetings.create(new MeetingChanges(null, 0, proposal.getType(), proposal.getTitle(),
                date.startsAt(), date.endsAt(), proposal.getPlace(), proposal.getOnlineLink(),
                Set.of(proposal.getCountryCode()),
                proposal.getOrganisationId() == null ? Set.of() : Set.of(proposal.getOrganisationId()),
                Set.of(proposal.getProposerId()), Set.of(), Set.of(),
                proposal.getDescription(), null, null, true), Locale.ENGLISH);
        if (proposal.getLanguage() != null) {
            texts.writtenIn(TextOwnerKind.MEETING, meeting.id(), proposal.getLanguage());
        }
        proposal.accept(meeting.id(), currentUser.require().id(), time.now());
        flush(proposal, version);
        publish(proposal, otherDate, null);
        return toDetails(proposal);
    }

    /** An officer declines an open proposal; the reason (required) is shown to the proposer, who is told. */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public ProposalDetails decline(long id, long version, String reason) {
        requireEditor();
        var proposal = requireCurrent(id, version);
        requireOpen(proposal);
        if (reason == null || reason.isBlank()) {
            throw new ProposalRefusedException(Reason.REASON_REQUIRED);
        }
        if (reason.strip().length() > MeetingProposal.REASON_MAX_LENGTH) {
            throw new ProposalRefusedException(Reason.REASON_TOO_LONG);
        }
        proposal.decline(reason, currentUser.require().id(), time.now());
        flush(proposal, version);
        publish(proposal, false, Remark.forPartners(proposal.getDeclineReason()));
        return toDetails(proposal);
    }

    // ------------------------------------------------------------------------------------------------ internals

    private Specification<MeetingProposal> visible() {
        // a guest bound to an organisation reads the proposals made for it (ADR 0042)
        return scope.countryCodeIn(root -> root.get("countryCode"),
                OrganisationLink.at(root -> root.get("organisationId")));
    }

    private static Specification<MeetingProposal> matching(ProposalFilter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter != null && filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter != null && filter.countryCode() != null && !filter.countryCode().isBlank()) {
                where.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private Optional<MeetingProposal> find(long id) {
        Specification<MeetingProposal> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return proposals.findOne(visible().and(byId));
    }

    private MeetingProposal requireCurrent(long id, long version) {
        var proposal = find(id).orElseThrow(() -> new RecordNotFoundException("Proposal " + id));
        if (proposal.getVersion() != version) {
            throw new ConcurrentEditException("Proposal " + id, version, proposal.getVersion());
        }
        return proposal;
    }

    private static void requireOpen(MeetingProposal proposal) {
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new ProposalRefusedException(Reason.NOT_OPEN);
        }
    }

    /** Officers and administrators only, and not while previewing as a partner (a preview has no staff role). */
    private void requireEditor() {
        if (!policy.mayEdit()) {
            throw new AccessDeniedException("Only officers accept or decline proposals");
        }
    }

    private void flush(MeetingProposal proposal, long version) {
        try {
            proposals.saveAndFlush(proposal);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Proposal " + proposal.getId(), version, version + 1);
        }
    }

    private static DateOption chosenDate(MeetingProposal proposal, Acceptance acceptance) {
        if (acceptance == null) {
            throw new ProposalRefusedException(Reason.OPTION_UNKNOWN);
        }
        if (acceptance.option() == null) {
            if (acceptance.otherDate() == null || acceptance.otherDate().startsAt() == null
                    || acceptance.otherDate().endsAt() == null) {
                throw new ProposalRefusedException(Reason.OPTION_UNKNOWN);
            }
            return acceptance.otherDate();
        }
        var options = proposal.getOptions();
        int index = acceptance.option() - 1;
        if (index < 0 || index >= options.size()) {
            throw new ProposalRefusedException(Reason.OPTION_UNKNOWN);
        }
        return options.get(index);
    }

    /** Her only country when none is named; a named one must be hers (staff: any country the portal knows). */
    private String countryOf(String requested) {
        String code = requested == null || requested.isBlank() ? null : requested.strip().toUpperCase(Locale.ROOT);
        if (code == null) {
            var own = scope.isRestricted() ? scope.visibleCountryCodes() : Set.<String>of();
            if (own.size() != 1) {
                throw new ProposalRefusedException(Reason.COUNTRY_REQUIRED);
            }
            return own.iterator().next();
        }
        if (!scope.canSeeCountry(code) || entityManager.find(Country.class, code) == null) {
            throw new ProposalRefusedException(Reason.COUNTRY_NOT_HERS);
        }
        return code;
    }

    private void publish(MeetingProposal proposal, boolean otherDate, Remark remark) {
        events.publishEvent(new ProposalChanged(proposal.getId(), proposal.getStatus(), proposal.getCountryCode(),
                proposal.getProposerId(), otherDate, remark));
    }

    private List<ProposalListItem> toListItems(List<MeetingProposal> rows) {
        var names = users.displayNames(rows.stream().map(MeetingProposal::getProposerId).distinct().toList());
        return rows.stream().map(p -> new ProposalListItem(p.getId(), p.getStatus(), p.getType(), p.getTitle(),
                p.getCountryCode(), names.get(p.getProposerId()), p.getCreatedAt(),
                p.getOptions().isEmpty() ? null : p.getOptions().getFirst().startsAt())).toList();
    }

    private ProposalDetails toDetails(MeetingProposal p) {
        var accounts = new HashSet<Long>();
        accounts.add(p.getProposerId());
        if (p.getDecidedById() != null) {
            accounts.add(p.getDecidedById());
        }
        var names = users.displayNames(accounts);
        String proposer = names.get(p.getProposerId());
        String decidedBy = p.getDecidedById() == null ? null : names.get(p.getDecidedById());
        var history = new ArrayList<ProposalDetails.Step>();
        history.add(new ProposalDetails.Step(ProposalStatus.PROPOSED, p.getCreatedAt(), proposer));
        if (p.getDecidedAt() != null) {
            history.add(new ProposalDetails.Step(p.getStatus(), p.getDecidedAt(), decidedBy));
        }
        // the meeting it became, while the reader may open it (an officer may have stopped sharing it since)
        Long meetingId = p.getMeetingId() == null || meetings.findVisibleByIds(List.of(p.getMeetingId())).isEmpty()
                ? null : p.getMeetingId();
        boolean open = p.getStatus() == ProposalStatus.PROPOSED;
        var permissions = policy.permissions();
        boolean mine = currentUser.get().map(u -> Objects.equals(u.id(), p.getProposerId())).orElse(false);
        return new ProposalDetails(p.getId(), p.getVersion(), p.getStatus(), p.getType(), p.getTitle(),
                p.getDescription(), p.getOptions(), p.getPlace(), p.getOnlineLink(), p.getParticipants(),
                p.getCountryCode(), proposer, p.getCreatedAt(), decidedBy, p.getDecidedAt(), p.getDeclineReason(),
                meetingId, List.copyOf(history), permissions, open && permissions.mayEdit(),
                open && mine && mayPropose());
    }
}
