package ua.cooperation.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A point a partner proposes for the agenda of an upcoming meeting (issue 21). The office accepts it into the meeting's
 * agenda or answers it. {@code countryCode} is the proposer's country among the meeting's: the partners of that country
 * read the point, with its status and answer; null when staff proposed it.
 */
@Entity
@Table(name = "meeting_agenda_point")
class AgendaPoint {

    static final int TEXT_MAX_LENGTH = 1000;
    static final int ANSWER_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "point_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaPointStatus status;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "proposed_by_id", nullable = false)
    private long proposedById;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(length = ANSWER_MAX_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AgendaPoint() {
    }

    AgendaPoint(long meetingId, String text, String countryCode, long proposedById, String proposedBy, Instant now) {
        this.meetingId = meetingId;
        this.text = text;
        this.countryCode = countryCode;
        this.proposedById = proposedById;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.status = AgendaPointStatus.PROPOSED;
    }

    void accept(String username, Instant now) {
        this.status = AgendaPointStatus.ACCEPTED;
        this.answeredBy = username;
        this.answeredAt = now;
    }

    void answer(String reply, String username, Instant now) {
        this.status = AgendaPointStatus.ANSWERED;
        this.answer = reply;
        this.answeredBy = username;
        this.answeredAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getText() {
        return text;
    }

    AgendaPointStatus getStatus() {
        return status;
    }

    String getCountryCode() {
        return countryCode;
    }

    long getProposedById() {
        return proposedById;
    }

    String getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getAnswer() {
        return answer;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
