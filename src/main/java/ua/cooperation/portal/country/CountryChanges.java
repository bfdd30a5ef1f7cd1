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
        @Pattern(regexp = "[a-z]{2,3}") String partnerLanguage) {

    /** The changes as before, with the partner language left as stored ({@code null}: not changed by the caller). */
    public CountryChanges(String code, long version, PartnerStatus partnerStatus, MonthDay nationalDay, String notes) {
        this(code, version, partnerStatus, nationalDay, notes, null);
    }

    public static CountryChanges of(CountryDetails details) {
        return new CountryChanges(details.code(), details.version(), details.partnerStatus(), details.nationalDay(),
                details.notes(), details.partnerLanguage());
    }

    public CountryChanges withPartnerStatus(PartnerStatus value) {
        return new CountryChanges(code, version, value, nationalDay, notes, partnerLanguage);
    }

    public CountryChanges withNationalDay(MonthDay value) {
        return new CountryChanges(code, version, partnerStatus, value, notes, partnerLanguage);
    }

    public CountryChanges withNotes(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, value, partnerLanguage);
    }

    public CountryChanges withPartnerLanguage(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, notes, value);
    }
}
