package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
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
import java.util.HashSet;
import java.util.Set;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

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

    /** The decision's own topics; none: it is read with its meeting's. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "decision_area", joinColumns = @JoinColumn(name = "decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<CooperationArea> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "decision_target_group", joinColumns = @JoinColumn(name = "decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 30)
    private Set<TargetGroup> targetGroups = new HashSet<>();

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
        areas.retainAll(changes.areas());
        areas.addAll(changes.areas());
        targetGroups.retainAll(changes.targetGroups());
        targetGroups.addAll(changes.targetGroups());
        this.updatedBy = username;
        this.updatedAt = now;
    }

    DecisionItem toItem() {
        return new DecisionItem(id, version, meetingId, number, text, decidedOn, effectiveFrom,
                LocalizedText.original(text, null), getAreas(), getTargetGroups());
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

    public Set<CooperationArea> getAreas() {
        return Set.copyOf(areas);
    }

    public Set<TargetGroup> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
