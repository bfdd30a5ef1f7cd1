package ua.cooperation.portal.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a practice's status history: the move, the day it took effect, who decided (free text, such as a
 * department of the oblast administration), the reason of a setting aside, and the officer who recorded it. Written
 * once, never changed.
 */
@Entity
@Table(name = "practice_status_change")
class PracticeStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PracticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PracticeStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "decided_by", length = PracticeStep.DECIDED_BY_MAX_LENGTH)
    private String decidedBy;

    @Column(length = PracticeStep.REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PracticeStatusChange() {
    }

    PracticeStatusChange(long practiceId, PracticeStatus fromStatus, PracticeStatus toStatus, LocalDate effectiveOn,
                         String decidedBy, String reason, String recordedBy, Instant recordedAt) {
        this.practiceId = practiceId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    PracticeStatusChangeItem toItem(String shownRecordedBy) {
        return new PracticeStatusChangeItem(id, fromStatus, toStatus, effectiveOn, decidedBy, reason, shownRecordedBy,
                recordedAt);
    }

    String getRecordedBy() {
        return recordedBy;
    }
}
