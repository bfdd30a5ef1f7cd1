package ua.cooperation.portal.registry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version
 * the officer started from. The form binds to this record; the service validates it again, so bad input never
 * reaches the database.
 */
public record OrganisationChanges(
        Long id,
        long version,
        @NotNull OrganisationType type,
        @Size(max = Organisation.NAME_MAX_LENGTH) String nameOriginal,
        @Size(max = Organisation.NAME_MAX_LENGTH) String nameUk,
        @Size(max = Organisation.NAME_MAX_LENGTH) String nameEn,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode,
        Long parentId,
        @Email @Size(max = 200) String email,
        @Size(max = 100) String phone,
        @Size(max = 500) String address,
        @Size(max = 500) @Pattern(regexp = WEBSITE_PATTERN) String website,
        @Size(max = Organisation.NOTES_MAX_LENGTH) String notes) {

    /** http(s), a host with a dot, no spaces; empty is allowed. */
    public static final String WEBSITE_PATTERN = "^$|^(?i)https?://[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}(:\\d+)?([/?#]\\S*)?$";

    public static OrganisationChanges blank() {
        return new OrganisationChanges(null, 0, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static OrganisationChanges of(OrganisationDetails d) {
        return new OrganisationChanges(d.id(), d.version(), d.type(), d.nameOriginal(), d.nameUk(), d.nameEn(),
                d.countryCode(), d.parent() == null ? null : d.parent().id(), d.email(), d.phone(), d.address(),
                d.website(), d.notes());
    }

    /** At least one of the three names is given. */
    @AssertTrue(message = "at least one name is required")
    public boolean isNamed() {
        return !Texts.isBlank(nameOriginal) || !Texts.isBlank(nameUk) || !Texts.isBlank(nameEn);
    }

    public OrganisationChanges withVersion(long newVersion) {
        return new OrganisationChanges(id, newVersion, type, nameOriginal, nameUk, nameEn, countryCode, parentId, email,
                phone, address, website, notes);
    }

    public OrganisationChanges withNames(String original, String uk, String en) {
        return new OrganisationChanges(id, version, type, original, uk, en, countryCode, parentId, email, phone,
                address, website, notes);
    }

    public OrganisationChanges withWebsite(String value) {
        return new OrganisationChanges(id, version, type, nameOriginal, nameUk, nameEn, countryCode, parentId, email,
                phone, address, value, notes);
    }

    public OrganisationChanges withParentId(Long value) {
        return new OrganisationChanges(id, version, type, nameOriginal, nameUk, nameEn, countryCode, value, email,
                phone, address, website, notes);
    }

    public OrganisationChanges withNotes(String value) {
        return new OrganisationChanges(id, version, type, nameOriginal, nameUk, nameEn, countryCode, parentId, email,
                phone, address, website, value);
    }
}
