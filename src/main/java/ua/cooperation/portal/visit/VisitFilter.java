package ua.cooperation.portal.visit;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;

/**
 * What the visits list is narrowed to; every part is optional. {@code from}/{@code to} are Kyiv days (both included):
 * the visits with a day in the period. {@code countryCode} is one of the countries the visit concerns. The partner
 * scope is not part of the filter: the service always applies it.
 */
public record VisitFilter(String text, VisitDirection direction, String countryCode, LocalDate from, LocalDate to,
                          CooperationArea area, TargetGroup targetGroup, Long organisationId) {

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null, null, null, null, null);
    }

    public static VisitFilter period(LocalDate from, LocalDate to) {
        return new VisitFilter(null, null, null, from, to, null, null, null);
    }

    public static VisitFilter ofCountry(String countryCode) {
        return new VisitFilter(null, null, countryCode, null, null, null, null, null);
    }

    /** The visits hosted by the organisation or with a delegation member of it. */
    public static VisitFilter ofOrganisation(long organisationId) {
        return new VisitFilter(null, null, null, null, null, null, null, organisationId);
    }
}
