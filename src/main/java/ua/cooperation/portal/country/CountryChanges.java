package ua.cooperation.portal.country;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.MonthDay;

/**
 * What an officer may change on a country, with the version they started from. The form binds to this record;
 * {@link CountryService#update} validates it again, so bad input never reaches the database.
 */
public record CountryChanges(
        @NotNull String code,
        long version,
        @NotNull PartnerStatus partnerStatus,
        MonthDay nationalDay,
        @Size(max = Country.NOTES_MAX_LENGTH) String notes,
        // the language the country's embassy reads (ADR 0040): one of portal.languages; null means English
        @Pattern(regexp = "[a-z]{2,3}") String partnerLanguage,
        // what partners read (not internal); null: left as stored, blank: removed
        @Size(max = Country.NOTES_MAX_LENGTH) String notesForPartners) {

    /**
     * The changes of status, national day and internal notes, with the partner language and the notes for partners
     * left as stored.
     */
    public CountryChanges(String code, long version, PartnerStatus partnerStatus, MonthDay nationalDay, String notes) {
        this(code, version, partnerStatus, nationalDay, notes, null, null);
    }

    public static CountryChanges of(CountryDetails details) {
        return new CountryChanges(details.code(), details.version(), details.partnerStatus(), details.nationalDay(),
                details.notes(), details.partnerLanguage(), details.notesForPartners());
    }

    public CountryChanges withPartnerStatus(PartnerStatus value) {
        return new CountryChanges(code, version, value, nationalDay, notes, partnerLanguage, notesForPartners);
    }

    public CountryChanges withNationalDay(MonthDay value) {
        return new CountryChanges(code, version, partnerStatus, value, notes, partnerLanguage, notesForPartners);
    }

    public CountryChanges withNotes(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, value, partnerLanguage, notesForPartners);
    }

    public CountryChanges withPartnerLanguage(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, notes, value, notesForPartners);
    }

    public CountryChanges withNotesForPartners(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, notes, partnerLanguage, value);
    }
}
