package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;

/** A decision taken at a meeting, numbered 1, 2, 3… within it by the service; the number never changes. */
@Entity
@Audited
@Table(name = "meeting_decision")
public class Decision {

    public static final int TEXT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "decision_number", nullable = false)
    private int number;

    @Column(name = "decision_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Decision() {
    }

    Decision(long meetingId, int number) {
        this.meetingId = meetingId;
        this.number = number;
    }

    void apply(DecisionChanges changes, String username, Instant now) {
        this.text = changes.text().strip();
        this.decidedOn = changes.decidedOn();
        this.effectiveFrom = changes.effectiveFrom();
        this.updatedBy = username;
        this.updatedAt = now;
    }

    DecisionItem toItem() {
        return new DecisionItem(id, version, meetingId, number, text, decidedOn, effectiveFrom,
                LocalizedText.original(text, null));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
