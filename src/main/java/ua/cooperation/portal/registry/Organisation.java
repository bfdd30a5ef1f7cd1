package ua.cooperation.portal.registry;

import jakarta.persistence.Column;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A body the office deals with: a ministry, an embassy, an honorary consulate, a municipality, an NGO … Its country is
 * the country it belongs to or represents (the Lithuanian embassy in Kyiv is Lithuanian); a liaison sees the
 * organisations of their own countries. Names: at least one of original, Ukrainian and English.
 */
@Entity
@Audited
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX_LENGTH = 300;
    public static final int NOTES_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name_original", length = NAME_MAX_LENGTH)
    private String nameOriginal;

    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name_uk", length = NAME_MAX_LENGTH)
    private String nameUk;

    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name_en", length = NAME_MAX_LENGTH)
    private String nameEn;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @Size(max = 100)
    @Column(length = 100)
    private String phone;

    @Size(max = 500)
    @Column(length = 500)
    private String address;

    @Size(max = 500)
    @Column(length = 500)
    private String website;

    @Size(max = NOTES_MAX_LENGTH)
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @NotAudited // the revision already says who and when
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    // The name as a reader of each language sees it, for sorting: columns the database generates from the names
    // (Liquibase 0090, ADR 0025), indexed with the id so that a list page reads the index in order and stops.
    @NotAudited
    @Column(name = "sort_name_uk", length = NAME_MAX_LENGTH, insertable = false, updatable = false)
    private String sortNameUk;

    @NotAudited
    @Column(name = "sort_name_en", length = NAME_MAX_LENGTH, insertable = false, updatable = false)
    private String sortNameEn;

    @NotAudited
    @Column(name = "sort_name_lt", length = NAME_MAX_LENGTH, insertable = false, updatable = false)
    private String sortNameLt;

    protected Organisation() {
    }

    Organisation(OrganisationType type, String countryCode) {
        this.type = type;
        this.countryCode = countryCode;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Organisation getParent() {
        return parent;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void applyChanges(OrganisationChanges changes, Organisation newParent, String username, Instant now) {
        this.type = changes.type();
        this.nameOriginal = Texts.clean(changes.nameOriginal());
        this.nameUk = Texts.clean(changes.nameUk());
        this.nameEn = Texts.clean(changes.nameEn());
        this.countryCode = changes.countryCode();
        this.parent = newParent;
        this.email = Texts.clean(changes.email());
        this.phone = Texts.clean(changes.phone());
        this.address = Texts.clean(changes.address());
        this.website = Texts.clean(changes.website());
        this.notes = Texts.clean(changes.notes());
        this.updatedBy = username;
        this.updatedAt = now;
    }
}
