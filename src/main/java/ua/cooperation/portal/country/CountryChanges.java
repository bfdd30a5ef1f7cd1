package ua.cooperation.portal.country;

import jakarta.validation.constraints.NotNull;
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
        @Size(max = Country.NOTES_MAX_LENGTH) String notes) {

    public static CountryChanges of(CountryDetails details) {
        return new CountryChanges(details.code(), details.version(), details.partnerStatus(), details.nationalDay(),
                details.notes());
    }

    public CountryChanges withPartnerStatus(PartnerStatus value) {
        return new CountryChanges(code, version, value, nationalDay, notes);
    }

    public CountryChanges withNationalDay(MonthDay value) {
        return new CountryChanges(code, version, partnerStatus, value, notes);
    }

    public CountryChanges withNotes(String value) {
        return new CountryChanges(code, version, partnerStatus, nationalDay, value);
    }
}
