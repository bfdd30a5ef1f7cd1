package ua.cooperation.portal.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting or visit a partner proposes to the office (issue 21). Its country is what the partner scope reads
 * ({@code CountryScope.countryCodeIn}); {@code organisationId} is the organisation of a guest bound to one, which the scope reads for her.
 * Its history is in its own columns: who proposed it and when, who accepted, declined or withdrew it and when.
 */
@Entity
@Table(name = "meeting_proposal")
public class MeetingProposal {

    public static final int TITLE_MAX_LENGTH = Meeting.TITLE_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Meeting.AGENDA_MAX_LENGTH;
    public static final int PLACE_MAX_LENGTH = Meeting.PLACE_MAX_LENGTH;
    public static final int LINK_MAX_LENGTH = Meeting.LINK_MAX_LENGTH;
    public static final int PARTICIPANTS_MAX_LENGTH = 1000;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final int MAX_OPTIONS = 3;

    /** One offered period, as stored. */
    @Embeddable
    static class Option {
        @Column(name = "starts_at", nullable = false)
        private Instant startsAt;
        @Column(name = "ends_at", nullable = false)
        private Instant endsAt;

        protected Option() {
        }

        Option(DateOption option) {
            this.startsAt = option.startsAt();
            this.endsAt = option.endsAt();
        }

        DateOption toDateOption() {
            return new DateOption(startsAt, endsAt);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingType type;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(length = PLACE_MAX_LENGTH)
    private String place;

    @Column(name = "online_link", length = LINK_MAX_LENGTH)
    private String onlineLink;

    @Column(length = PARTICIPANTS_MAX_LENGTH)
    private String participants;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_proposal_option", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Option> options = new ArrayList<>();

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    /** The organisation of a guest bound to one who proposed (ADR 0042): the scope reads it; else {@code null}. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** The portal language the proposer wrote in; {@code null} for the office's (and for older proposals). */
    @Column(length = 5)
    private String language;

    @Column(name = "proposer_id", nullable = false)
    private long proposerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = REASON_MAX_LENGTH)
    private String declineReason;

    @Column(name = "meeting_id")
    private Long meetingId;

    protected MeetingProposal() {
    }

    static MeetingProposal propose(ProposalChanges changes, String countryCode, Long organisationId, String language,
                                   long proposerId, Instant now) {
        var proposal = new MeetingProposal();
        proposal.status = ProposalStatus.PROPOSED;
        proposal.type = changes.type();
        proposal.title = changes.title().strip();
        proposal.description = blankToNull(changes.description());
        proposal.place = blankToNull(changes.place());
        proposal.onlineLink = blankToNull(changes.onlineLink());
        proposal.participants = blankToNull(changes.participants());
        changes.options().forEach(o -> proposal.options.add(new Option(o)));
        proposal.countryCode = countryCode;
        proposal.organisationId = organisationId;
        proposal.language = language;
        proposal.proposerId = proposerId;
        proposal.createdAt = now;
        return proposal;
    }

    void accept(long meeting, long officerId, Instant now) {
        decide(ProposalStatus.ACCEPTED, officerId, now);
        this.meetingId = meeting;
    }

    void decline(String reason, long officerId, Instant now) {
        decide(ProposalStatus.DECLINED, officerId, now);
        this.declineReason = reason.strip();
    }

    void withdraw(long proposer, Instant now) {
        decide(ProposalStatus.WITHDRAWN, proposer, now);
    }

    private void decide(ProposalStatus to, long by, Instant now) {
        this.status = to;
        this.decidedById = by;
        this.decidedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public MeetingType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getParticipants() {
        return participants;
    }

    public List<DateOption> getOptions() {
        return options.stream().map(Option::toDateOption).toList();
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getLanguage() {
        return language;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getProposerId() {
        return proposerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
