package ua.cooperation.portal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.MonthDay;

/**
 * A country by its ISO 3166-1 alpha-2 code. The names in uk, en and lt are filled from the JDK's locale data when
 * the country list is loaded (never typed by hand); they are stored so that lists can filter, sort and page in
 * the database.
 */
@Entity
@Audited
@Table(name = "country")
public class Country {

    public static final int NOTES_MAX_LENGTH = 4000;

    @Id
    @Column(length = 2)
    private String code;

    @Version
    private long version;

    @Column(name = "name_uk", nullable = false, length = 100)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_lt", nullable = false, length = 100)
    private String nameLt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_status", nullable = false, length = 20)
    private PartnerStatus partnerStatus = PartnerStatus.OTHER;

    @Convert(converter = MonthDayConverter.class)
    @Column(name = "national_day", length = 7)
    private MonthDay nationalDay;

    @Size(max = NOTES_MAX_LENGTH)
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    /** What the office tells the country's embassy; partners read it in their language (ADR 0040). */
    @Size(max = NOTES_MAX_LENGTH)
    @Column(name = "notes_for_partners", length = NOTES_MAX_LENGTH)
    private String notesForPartners;

    /** The language the country's embassy reads (ADR 0040); null: English. */
    @Column(name = "partner_language", length = 8)
    private String partnerLanguage;

    @NotAudited // the revision already says who and when
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameLt() {
        return nameLt;
    }

    public PartnerStatus getPartnerStatus() {
        return partnerStatus;
    }

    public MonthDay getNationalDay() {
        return nationalDay;
    }

    public String getNotes() {
        return notes;
    }

    public String getNotesForPartners() {
        return notesForPartners;
    }

    public String getPartnerLanguage() {
        return partnerLanguage;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void applyChanges(CountryChanges changes, String username, Instant now) {
        this.partnerStatus = changes.partnerStatus();
        this.nationalDay = changes.nationalDay();
        this.notes = changes.notes() == null || changes.notes().isBlank() ? null : changes.notes().strip();
        if (changes.notesForPartners() != null) {
            this.notesForPartners = changes.notesForPartners().isBlank() ? null : changes.notesForPartners().strip();
        }
        if (changes.partnerLanguage() != null) {
            this.partnerLanguage = changes.partnerLanguage();
        }
        this.updatedBy = username;
        this.updatedAt = now;
    }
}
