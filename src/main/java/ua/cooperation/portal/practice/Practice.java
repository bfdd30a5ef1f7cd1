package ua.cooperation.portal.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.security.OrganisationLink;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A practice learnt from a partner or shared with one (issue 22). {@code countryCode} is the partner country: where
 * a learnt practice comes from, or with whom ours was shared; the liaison scope reads it with the shared flag. The
 * status moves only through {@link PracticeService}, which writes a {@link PracticeStatusChange} for every move.
 * {@code sourceVisitId} names a visit by its id (a foreign key; the visits feature's entity is not mapped here).
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "practice")
public class Practice {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
    public static final int NOTES_MAX_LENGTH = 4000;

    /** Where a practice names an organisation: its organisation of origin (for a guest bound to one, ADR 0042). */
    static final OrganisationLink<Practice> ORGANISATIONS =
            OrganisationLink.at(root -> root.get("organisation").get("id"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PracticeDirection direction;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_area", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<CooperationArea> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_target_group", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 30)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @Column(name = "source_meeting_id")
    private Long sourceMeetingId;

    @Column(name = "source_document_id")
    private Long sourceDocumentId;

    @Column(name = "source_visit_id")
    private Long sourceVisitId;

    /** Internal notes of the office: never shown to partners. */
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status = PracticeStatus.NOTED;

    /** The day the current status took effect: the list's "last change". */
    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Practice() {
    }

    Practice(LocalDate notedOn) {
        this.statusSince = notedOn;
    }

    void apply(PracticeChanges changes, Organisation organisation, String username, Instant now) {
        this.title = changes.title().strip();
        this.description = stripped(changes.description());
        this.direction = changes.direction();
        this.countryCode = changes.countryCode();
        this.organisation = organisation;
        this.areas.clear();
        this.areas.addAll(changes.areas());
        this.targetGroups.clear();
        this.targetGroups.addAll(changes.targetGroups());
        this.sourceMeetingId = changes.sourceMeetingId();
        this.sourceDocumentId = changes.sourceMeetingId() == null ? null : changes.sourceDocumentId();
        this.sourceVisitId = changes.sourceVisitId();
        this.notes = stripped(changes.notes());
        this.sharedWithPartners = changes.sharedWithPartners();
        touched(username, now);
    }

    void moveTo(PracticeStatus target, LocalDate effectiveOn, String username, Instant now) {
        this.status = target;
        this.statusSince = effectiveOn;
        touched(username, now);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void touched(String username, Instant now) {
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public PracticeDirection getDirection() {
        return direction;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The organisation of origin's id, or {@code null} when none is named. */
    public Long organisationId() {
        return organisation == null ? null : organisation.getId();
    }

    public Set<CooperationArea> getAreas() {
        return areas.isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(areas);
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
    }

    public Long getSourceMeetingId() {
        return sourceMeetingId;
    }

    public Long getSourceDocumentId() {
        return sourceDocumentId;
    }

    /** The visit the practice was learnt on or shared at (the visits feature), or {@code null}. */
    public Long getSourceVisitId() {
        return sourceVisitId;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
