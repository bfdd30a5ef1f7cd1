package ua.cooperation.portal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A contact person. Names are kept in the original script, with a Latin form beside them. The country is the
 * country whose side the person is on for the office (a Lithuanian diplomat: LT); a liaison sees the people of their
 * own countries.
 */
@Entity
@Audited
@Table(name = "person")
public class Person {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int NOTES_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "given_name", nullable = false, length = NAME_MAX_LENGTH)
    private String givenName;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "family_name", nullable = false, length = NAME_MAX_LENGTH)
    private String familyName;

    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "given_name_latin", length = NAME_MAX_LENGTH)
    private String givenNameLatin;

    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "family_name_latin", length = NAME_MAX_LENGTH)
    private String familyNameLatin;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @Size(max = 100)
    @Column(length = 100)
    private String phone;

    @Size(max = NOTES_MAX_LENGTH)
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @NotAudited // the revision already says who and when
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected Person() {
    }

    Person(String countryCode) {
        this.countryCode = countryCode;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNameLatin() {
        return givenNameLatin;
    }

    public String getFamilyNameLatin() {
        return familyNameLatin;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
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

    /** "Given Family" in the original script. */
    public String fullName() {
        return givenName + " " + familyName;
    }

    void applyChanges(PersonChanges changes, String username, Instant now) {
        this.givenName = Texts.clean(changes.givenName());
        this.familyName = Texts.clean(changes.familyName());
        this.givenNameLatin = Texts.clean(changes.givenNameLatin());
        this.familyNameLatin = Texts.clean(changes.familyNameLatin());
        this.countryCode = changes.countryCode();
        this.email = Texts.clean(changes.email());
        this.phone = Texts.clean(changes.phone());
        this.notes = Texts.clean(changes.notes());
        this.updatedBy = username;
        this.updatedAt = now;
    }
}
