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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action from a meeting (and optionally one of its decisions). Owned by exactly one of a portal user
 * ({@code ownerUserId}, staff or a liaison) or a registry person ({@code ownerPersonId}).
 */
@Entity
@Audited
@Table(name = "action_item")
public class ActionItem {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int NOTE_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "completion_note", length = NOTE_MAX_LENGTH)
    private String completionNote;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected ActionItem() {
    }

    ActionItem(long meetingId) {
        this.meetingId = meetingId;
    }

    void apply(ActionItemChanges changes, String username, Instant now) {
        this.decisionId = changes.decisionId();
        this.title = changes.title().strip();
        this.ownerUserId = changes.ownerUserId();
        this.ownerPersonId = changes.ownerPersonId();
        this.dueOn = changes.dueOn();
        this.status = changes.status() == null ? ActionItemStatus.OPEN : changes.status();
        this.completionNote = blankToNull(changes.completionNote());
        this.partnershipId = changes.partnershipId();
        this.countryCode = blankToNull(changes.countryCode());
        touched(username, now);
    }

    /** What an owner may change of their own item: the status and the completion note, nothing else. */
    void progress(ActionItemStatus newStatus, String note, String username, Instant now) {
        this.status = newStatus;
        this.completionNote = blankToNull(note);
        touched(username, now);
    }

    private void touched(String username, Instant now) {
        this.updatedBy = username;
        this.updatedAt = now;
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

    public long getMeetingId() {
        return meetingId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
