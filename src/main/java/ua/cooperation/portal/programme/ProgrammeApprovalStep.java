package ua.cooperation.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a programme's approval: who moved it from which state to which, when, and with which comment. */
@Entity
@Table(name = "programme_approval_step")
class ProgrammeApprovalStep {

    static final int COMMENT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ApprovalState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private ApprovalState toState;

    @Column(name = "comment_text", length = COMMENT_MAX_LENGTH)
    private String comment;

    /** Whether the writer marked the comment for partners; unmarked comments stay with the office (ADR 0038). */
    @Column(name = "comment_for_partners", nullable = false)
    private boolean commentForPartners;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ProgrammeApprovalStep() {
    }

    ProgrammeApprovalStep(long programmeId, ApprovalState fromState, ApprovalState toState, String comment,
                          boolean commentForPartners, String changedBy, Instant changedAt) {
        this.programmeId = programmeId;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
        this.commentForPartners = commentForPartners;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The step as the reader may read it: {@code comment} and {@code changedBy} as the access policy let through. */
    ApprovalStepItem toItem(String shownComment, String shownChangedBy) {
        return new ApprovalStepItem(id, fromState, toState, shownComment, commentForPartners, shownChangedBy,
                changedAt);
    }

    String getComment() {
        return comment;
    }

    boolean isCommentForPartners() {
        return commentForPartners;
    }

    ApprovalState getToState() {
        return toState;
    }

    String getChangedBy() {
        return changedBy;
    }
}
