package ua.cooperation.portal.country;

import java.time.MonthDay;

/** One row of the countries list, with the name in the reader's language. */
public record CountryListItem(String code, String name, PartnerStatus partnerStatus, MonthDay nationalDay) {
}
