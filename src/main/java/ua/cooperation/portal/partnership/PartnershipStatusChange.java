package ua.cooperation.portal.partnership;

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
 * One row of a partnership's status history: a move, or a step of the signing confirmation. Written once, never
 * changed, so it needs no version.
 */
@Entity
@Table(name = "partnership_status_change")
class PartnershipStatusChange {

    /** What happened: a plain move, or signing proposed by an officer and confirmed or returned by a head. */
    enum Kind { MOVED, SIGNING_PROPOSED, SIGNING_CONFIRMED, SIGNING_RETURNED }

    static final int NOTE_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PartnershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PartnershipStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    /** Whether the writer marked the note for partners; unmarked notes stay with the office (ADR 0038). */
    @Column(name = "note_for_partners", nullable = false)
    private boolean noteForPartners;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PartnershipStatusChange() {
    }

    PartnershipStatusChange(long partnershipId, Kind kind, PartnershipStatus fromStatus, PartnershipStatus toStatus,
                            LocalDate effectiveOn, String note, boolean noteForPartners, String changedBy,
                            Instant changedAt) {
        this.partnershipId = partnershipId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.noteForPartners = noteForPartners;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The row as the reader may read it: {@code note} and {@code changedBy} as the access policy let through. */
    StatusChangeItem toItem(String shownNote, String shownChangedBy) {
        return new StatusChangeItem(id, kind.name(), fromStatus, toStatus, effectiveOn, shownNote, noteForPartners,
                shownChangedBy, changedAt);
    }

    String getNote() {
        return note;
    }

    boolean isNoteForPartners() {
        return noteForPartners;
    }

    Kind getKind() {
        return kind;
    }

    String getChangedBy() {
        return changedBy;
    }

    long getPartnershipId() {
        return partnershipId;
    }
}
