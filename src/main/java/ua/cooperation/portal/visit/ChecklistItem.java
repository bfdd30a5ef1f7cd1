package ua.cooperation.portal.visit;

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
import java.time.LocalDate;

/** One item of a visit's logistics checklist (staff only): what, whose, by when, and whether it is done. */
@Entity
@Table(name = "visit_checklist_item")
class ChecklistItem {

    static final int TITLE_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChecklistKind kind;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected ChecklistItem() {
    }

    ChecklistItem(long visitId) {
        this.visitId = visitId;
    }

    void apply(ChecklistItemChanges changes, LocalDate today, String username, Instant now) {
        this.title = changes.title().strip();
        this.kind = changes.kind();
        this.ownerUserId = changes.ownerUserId();
        this.dueOn = changes.dueOn();
        tick(changes.done(), today, username, now);
    }

    void tick(boolean nowDone, LocalDate today, String username, Instant now) {
        if (nowDone && !done) {
            doneOn = today;
        } else if (!nowDone) {
            doneOn = null;
        }
        this.done = nowDone;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    /** Past its due day and not done. */
    boolean overdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getVisitId() {
        return visitId;
    }

    String getTitle() {
        return title;
    }

    ChecklistKind getKind() {
        return kind;
    }

    Long getOwnerUserId() {
        return ownerUserId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isDone() {
        return done;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }
}
