package ua.cooperation.portal.partnership;

import ua.cooperation.portal.security.OrganisationLink;
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
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * A Ukrainian hromada working with a partner municipality (or, where the partner is not a municipality, a partner
 * organisation), or, for an {@link PartnershipKind#INSTITUTIONAL} one, a Ukrainian institution of the registry (a
 * school, a hospital) working with a partner organisation. {@code countryCode} is the partner's country, copied on save so that the liaison scope and the
 * country filter are plain indexed columns. The status moves only through {@link PartnershipService}, which writes a
 * {@link PartnershipStatusChange} for every move.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "partnership")
public class Partnership {

    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipKind kind = PartnershipKind.MUNICIPAL;

    /** The Ukrainian side of a MUNICIPAL partnership (null for an INSTITUTIONAL one; the database checks it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ukrainian_municipality_id")
    private Municipality ukrainianMunicipality;

    /** The Ukrainian side of an INSTITUTIONAL partnership: a registry organisation of Ukraine. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ukrainian_organisation_id")
    private Organisation ukrainianOrganisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_municipality_id")
    private Municipality partnerMunicipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    private Organisation partnerOrganisation;

    /**
     * Where a partnership names an organisation: its partner, or its Ukrainian side when that is an institution (for a
     * guest bound to one, ADR 0042); the dashboards count with the same link.
     */
    public static final OrganisationLink<Partnership> ORGANISATIONS = (root, query, cb, organisationId) -> cb.or(
            cb.equal(root.get("partnerOrganisation").get("id"), organisationId),
            cb.equal(root.get("ukrainianOrganisation").get("id"), organisationId));

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnershipType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipStatus status = PartnershipStatus.PROPOSED;

    /** An officer has proposed SIGNED; a head has yet to confirm or return it. */
    @Column(name = "awaiting_confirmation", nullable = false)
    private boolean awaitingConfirmation;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "partnership_area", joinColumns = @JoinColumn(name = "partnership_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<CooperationArea> areas = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ukrainian_focal_person_id")
    private Person ukrainianFocalPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_focal_person_id")
    private Person partnerFocalPerson;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** Internal notes of the office: never shown to liaisons. */
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    /**
     * What the twinning is about, for partners as well as staff: the original, written in the office's language;
     * partners read it translated into theirs (ADR 0040, {@link PartnershipTextOwner}).
     */
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    /** The latest contact: a status change (and, once meetings are recorded, the latest meeting). */
    @NotAudited
    @Column(name = "last_contact_on")
    private LocalDate lastContactOn;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    // The names of both sides as a reader of each language sees them, for sorting: set by the database from the
    // sides' current names (PartnershipSortKeys, ADR 0025), never by this entity, and indexed with the id.
    @NotAudited
    @Column(name = "sort_ukrainian_uk", length = 300, insertable = false, updatable = false)
    private String sortUkrainianUk;
    @NotAudited
    @Column(name = "sort_ukrainian_en", length = 300, insertable = false, updatable = false)
    private String sortUkrainianEn;
    @NotAudited
    @Column(name = "sort_ukrainian_lt", length = 300, insertable = false, updatable = false)
    private String sortUkrainianLt;
    @NotAudited
    @Column(name = "sort_partner_uk", length = 300, insertable = false, updatable = false)
    private String sortPartnerUk;
    @NotAudited
    @Column(name = "sort_partner_en", length = 300, insertable = false, updatable = false)
    private String sortPartnerEn;
    @NotAudited
    @Column(name = "sort_partner_lt", length = 300, insertable = false, updatable = false)
    private String sortPartnerLt;

    protected Partnership() {
    }

    Partnership(LocalDate proposedOn) {
        this.lastContactOn = proposedOn;
    }

    void apply(Municipality ukrainian, Organisation ukrainianOrganisation, Municipality partnerMunicipality,
               Organisation partnerOrganisation, String countryCode, PartnershipChanges changes,
               Person ukrainianFocal, Person partnerFocal, String username, Instant now) {
        this.kind = ukrainianOrganisation != null ? PartnershipKind.INSTITUTIONAL : PartnershipKind.MUNICIPAL;
        this.ukrainianMunicipality = ukrainian;
        this.ukrainianOrganisation = ukrainianOrganisation;
        this.partnerMunicipality = partnerMunicipality;
        this.partnerOrganisation = partnerOrganisation;
        this.countryCode = countryCode;
        this.type = changes.type();
        this.areas.clear();
        this.areas.addAll(changes.areas());
        this.ukrainianFocalPerson = ukrainianFocal;
        this.partnerFocalPerson = partnerFocal;
        this.validUntil = changes.validUntil();
        this.notes = stripped(changes.notes());
        this.description = stripped(changes.description());
        this.sharedWithPartners = changes.sharedWithPartners();
        touched(username, now);
    }

    void moveTo(PartnershipStatus target, LocalDate effectiveOn, String username, Instant now) {
        this.status = target;
        this.awaitingConfirmation = false;
        contactOn(effectiveOn);
        touched(username, now);
    }

    void awaitConfirmation(LocalDate signedOn, String username, Instant now) {
        this.awaitingConfirmation = true;
        this.signedOn = signedOn;
        touched(username, now);
    }

    /**
     * The partner municipality or organisation moved to another country: the partnership follows it, so that the
     * liaison scope never rests on a stale copy. Returns whether the country changed.
     */
    boolean followPartnerCountry(String username, Instant now) {
        var partnerCountry = partnerMunicipality != null ? partnerMunicipality.getCountryCode()
                : partnerOrganisation.getCountryCode();
        if (partnerCountry.equals(countryCode)) {
            return false;
        }
        this.countryCode = partnerCountry;
        touched(username, now);
        return true;
    }

    void confirmationReturned(String username, Instant now) {
        this.awaitingConfirmation = false;
        touched(username, now);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void contactOn(LocalDate date) {
        if (date != null && (lastContactOn == null || date.isAfter(lastContactOn))) {
            lastContactOn = date;
        }
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

    public PartnershipKind getKind() {
        return kind;
    }

    /** The hromada of a MUNICIPAL partnership; null for an INSTITUTIONAL one. */
    public Municipality getUkrainianMunicipality() {
        return ukrainianMunicipality;
    }

    /** The Ukrainian institution of an INSTITUTIONAL partnership; null for a MUNICIPAL one. */
    public Organisation getUkrainianOrganisation() {
        return ukrainianOrganisation;
    }

    public Municipality getPartnerMunicipality() {
        return partnerMunicipality;
    }

    public Organisation getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public PartnershipType getType() {
        return type;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public boolean isAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    public Set<CooperationArea> getAreas() {
        return areas.isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(areas);
    }

    public Person getUkrainianFocalPerson() {
        return ukrainianFocalPerson;
    }

    public Person getPartnerFocalPerson() {
        return partnerFocalPerson;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public String getDescription() {
        return description;
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public LocalDate getLastContactOn() {
        return lastContactOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The partner organisation's id, or {@code null} when the partner is a municipality. */
    public Long partnerOrganisationId() {
        return partnerOrganisation == null ? null : partnerOrganisation.getId();
    }

    /** The registry organisations the partnership names on either side (a guest bound to one sees it, ADR 0042). */
    public List<Long> organisationIds() {
        var ids = new ArrayList<Long>(2);
        if (partnerOrganisation != null) {
            ids.add(partnerOrganisation.getId());
        }
        if (ukrainianOrganisation != null) {
            ids.add(ukrainianOrganisation.getId());
        }
        return ids;
    }
}
