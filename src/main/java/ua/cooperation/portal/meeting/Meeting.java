package ua.cooperation.portal.meeting;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A meeting or visit. Start and end are instants (UTC in the database) and are shown in Europe/Kyiv. The countries are
 * a collection (a meeting may concern several); the liaison rule keeps a meeting visible to a liaison when it is
 * shared with partners and one of its countries is theirs ({@code CountryScope.sharedAnyCountryIn}). Registry records
 * and portal users are referred to by id, so that the audit tables keep plain values.
 */
@Entity
@Audited
@Table(name = "meeting")
public class Meeting {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int PLACE_MAX_LENGTH = 300;
    public static final int LINK_MAX_LENGTH = 500;
    public static final int AGENDA_MAX_LENGTH = 2000;
    public static final int MINUTES_MAX_LENGTH = 4000;
    public static final int NOTES_MAX_LENGTH = 2000;
    /**
     * The longest a meeting or visit may last. The bound lets the lists find the meetings overlapping a period by a
     * range of the start index (ADR 0030); the database's check {@code ck_meeting_length} allows a day more, so that
     * its calendar arithmetic in the connection's time zone cannot refuse what the service accepted.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(31);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingType type;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = PLACE_MAX_LENGTH)
    private String place;

    @Column(name = "online_link", length = LINK_MAX_LENGTH)
    private String onlineLink;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_country", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countryCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_organisation", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    /** Registry persons and the role each played. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "person_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Map<Long, ParticipantRole> participants = new HashMap<>();

    /** Portal user accounts (staff, or a liaison) who took part. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_user", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> userIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_partnership", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "partnership_id", nullable = false)
    private Set<Long> partnershipIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_programme", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "programme_id", nullable = false)
    private Set<Long> programmeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_area", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<CooperationArea> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_target_group", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 30)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @Column(length = AGENDA_MAX_LENGTH)
    private String agenda;

    @Column(length = MINUTES_MAX_LENGTH)
    private String minutes;

    /** The office's own notes: never shown to liaisons. */
    @Column(name = "internal_notes", length = NOTES_MAX_LENGTH)
    private String internalNotes;

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    /** The officer told of changes to the meeting's action items (issue 20); null for none. */
    @NotAudited
    @Column(name = "responsible_user_id")
    private Long responsibleUserId;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Meeting() {
    }

    static Meeting create() {
        return new Meeting();
    }

    void apply(MeetingChanges changes, String username, Instant now) {
        this.type = changes.type();
        this.title = changes.title().strip();
        this.startsAt = changes.startsAt();
        this.endsAt = changes.endsAt();
        this.place = blankToNull(changes.place());
        this.onlineLink = blankToNull(changes.onlineLink());
        replace(countryCodes, changes.countryCodes());
        replace(organisationIds, changes.organisationIds());
        replace(userIds, changes.userIds());
        replace(partnershipIds, changes.partnershipIds());
        replace(programmeIds, changes.programmeIds());
        replace(areas, changes.areas());
        replace(targetGroups, changes.targetGroups());
        this.agenda = blankToNull(changes.agenda());
        this.minutes = blankToNull(changes.minutes());
        this.internalNotes = blankToNull(changes.internalNotes());
        this.sharedWithPartners = changes.sharedWithPartners();
        if (changes.responsibleUserId() != null) {
            this.responsibleUserId = changes.responsibleUserId();
        }
        touched(username, now);
    }

    void replaceParticipants(Map<Long, ParticipantRole> newParticipants, String username, Instant now) {
        participants.keySet().retainAll(newParticipants.keySet());
        participants.putAll(newParticipants);
        touched(username, now);
    }

    /**
     * Appends one line to the agenda (an accepted agenda point); false, and nothing changed, when the agenda would
     * grow past {@link #AGENDA_MAX_LENGTH}.
     */
    boolean appendToAgenda(String line, String username, Instant now) {
        var appended = agenda == null ? line : agenda + "\n" + line;
        if (appended.length() > AGENDA_MAX_LENGTH) {
            return false;
        }
        this.agenda = appended;
        touched(username, now);
        return true;
    }

    void touched(String username, Instant now) {
        this.updatedBy = username;
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
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

    public MeetingType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Set<String> getCountryCodes() {
        return Set.copyOf(countryCodes);
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public Map<Long, ParticipantRole> getParticipants() {
        return Map.copyOf(participants);
    }

    public Set<Long> getUserIds() {
        return Set.copyOf(userIds);
    }

    public Set<Long> getPartnershipIds() {
        return Set.copyOf(partnershipIds);
    }

    public Set<Long> getProgrammeIds() {
        return Set.copyOf(programmeIds);
    }

    public Set<CooperationArea> getAreas() {
        return Set.copyOf(areas);
    }

    public Set<TargetGroup> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }

    /** A new meeting's responsible officer when the form named none: the officer who records it. */
    void defaultResponsible(long userId) {
        if (responsibleUserId == null) {
            responsibleUserId = userId;
        }
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
