package ua.cooperation.portal.visit;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A visit of a delegation, incoming or outgoing, over whole days (Kyiv dates). The countries it concerns drive the
 * partner scope exactly as a meeting's do; the host country is always among them. Registry persons, portal users and
 * meetings are referred to by id, so that the audit tables keep plain values.
 */
@Entity
@Audited
@Table(name = "visit")
public class Visit {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int PURPOSE_MAX_LENGTH = 2000;
    public static final int CITY_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int REPORT_MAX_LENGTH = 4000;
    /** The most days a visit may last (both ends included). */
    public static final int MAX_DAYS = 31;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VisitDirection direction;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = PURPOSE_MAX_LENGTH)
    private String purpose;

    @Column(name = "host_country_code", nullable = false, length = 2)
    private String hostCountryCode;

    @Column(length = CITY_MAX_LENGTH)
    private String city;

    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_country", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countryCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_area", joinColumns = @JoinColumn(name = "visit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<CooperationArea> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_target_group", joinColumns = @JoinColumn(name = "visit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 30)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    /** Delegation members from the registry, and their role. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_person", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "person_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Map<Long, DelegationRole> persons = new HashMap<>();

    /** Delegation members who are portal users (staff), and their role. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_user", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "user_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Map<Long, DelegationRole> users = new HashMap<>();

    /** The itinerary: meetings of the visit (each on one visit at most). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_meeting", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "meeting_id", nullable = false)
    private Set<Long> meetingIds = new HashSet<>();

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    @NotAudited
    @Column(name = "responsible_user_id")
    private Long responsibleUserId;

    /** The office's own notes: never shown to partners. */
    @Column(name = "internal_notes", length = NOTES_MAX_LENGTH)
    private String internalNotes;

    @Column(name = "report_text", length = REPORT_MAX_LENGTH)
    private String reportText;

    /** The meeting on which the report's decisions and action items are recorded; null until the first outcome. */
    @NotAudited
    @Column(name = "report_meeting_id")
    private Long reportMeetingId;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Visit() {
    }

    static Visit create() {
        return new Visit();
    }

    void apply(VisitChanges changes, String username, Instant now) {
        this.direction = changes.direction();
        this.title = changes.title().strip();
        this.purpose = blankToNull(changes.purpose());
        this.hostCountryCode = changes.hostCountryCode();
        this.city = blankToNull(changes.city());
        this.hostOrganisationId = changes.hostOrganisationId();
        this.startsOn = changes.startsOn();
        this.endsOn = changes.endsOn();
        var countries = new HashSet<>(changes.countryCodes());
        countries.add(changes.hostCountryCode());
        replace(countryCodes, countries);
        replace(areas, changes.areas());
        replace(targetGroups, changes.targetGroups());
        this.sharedWithPartners = changes.sharedWithPartners();
        if (changes.responsibleUserId() != null) {
            this.responsibleUserId = changes.responsibleUserId();
        }
        this.internalNotes = blankToNull(changes.internalNotes());
        touched(username, now);
    }

    void replaceDelegation(Map<Long, DelegationRole> newPersons, Map<Long, DelegationRole> newUsers, String username,
                           Instant now) {
        persons.keySet().retainAll(newPersons.keySet());
        persons.putAll(newPersons);
        users.keySet().retainAll(newUsers.keySet());
        users.putAll(newUsers);
        touched(username, now);
    }

    void link(long meetingId, String username, Instant now) {
        meetingIds.add(meetingId);
        touched(username, now);
    }

    void unlink(long meetingId, String username, Instant now) {
        meetingIds.remove(meetingId);
        touched(username, now);
    }

    void report(String text, String username, Instant now) {
        this.reportText = blankToNull(text);
        touched(username, now);
    }

    void reportMeeting(long meetingId) {
        this.reportMeetingId = meetingId;
    }

    void defaultResponsible(long userId) {
        if (responsibleUserId == null) {
            responsibleUserId = userId;
        }
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

    /** Whether {@code day} is one of the visit's days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getHostCountryCode() {
        return hostCountryCode;
    }

    public String getCity() {
        return city;
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<String> getCountryCodes() {
        return Set.copyOf(countryCodes);
    }

    public Set<CooperationArea> getAreas() {
        return Set.copyOf(areas);
    }

    public Set<TargetGroup> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public Map<Long, DelegationRole> getPersons() {
        return Map.copyOf(persons);
    }

    public Map<Long, DelegationRole> getUsers() {
        return Map.copyOf(users);
    }

    public Set<Long> getMeetingIds() {
        return Set.copyOf(meetingIds);
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public String getReportText() {
        return reportText;
    }

    public Long getReportMeetingId() {
        return reportMeetingId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
