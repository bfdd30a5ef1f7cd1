package ua.cooperation.portal.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person as an officer enters them: new ({@code id} null) or changes on top of {@code version}.
 * The Latin fields are free text for now; {@code PersonService#suggestLatin} is the hook where the official Ukrainian
 * transliteration will fill them.
 */
public record PersonChanges(
        Long id,
        long version,
        @NotBlank @Size(max = Person.NAME_MAX_LENGTH) String givenName,
        @NotBlank @Size(max = Person.NAME_MAX_LENGTH) String familyName,
        @Size(max = Person.NAME_MAX_LENGTH) String givenNameLatin,
        @Size(max = Person.NAME_MAX_LENGTH) String familyNameLatin,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode,
        @Email @Size(max = 200) String email,
        @Size(max = 100) String phone,
        @Size(max = Person.NOTES_MAX_LENGTH) String notes) {

    public static PersonChanges blank() {
        return new PersonChanges(null, 0, null, null, null, null, null, null, null, null);
    }

    public static PersonChanges of(PersonDetails d) {
        return new PersonChanges(d.id(), d.version(), d.givenName(), d.familyName(), d.givenNameLatin(),
                d.familyNameLatin(), d.countryCode(), d.email(), d.phone(), d.notes());
    }

    public PersonChanges withVersion(long newVersion) {
        return new PersonChanges(id, newVersion, givenName, familyName, givenNameLatin, familyNameLatin, countryCode,
                email, phone, notes);
    }

    public PersonChanges withNames(String given, String family) {
        return new PersonChanges(id, version, given, family, givenNameLatin, familyNameLatin, countryCode, email,
                phone, notes);
    }

    public PersonChanges withEmail(String value) {
        return new PersonChanges(id, version, givenName, familyName, givenNameLatin, familyNameLatin, countryCode,
                value, phone, notes);
    }

    public PersonChanges withNotes(String value) {
        return new PersonChanges(id, version, givenName, familyName, givenNameLatin, familyNameLatin, countryCode,
                email, phone, value);
    }
}
