package ua.cooperation.portal.country;

/** Published inside the transaction of a country's update, after the flush (ADR 0041): its followers hear of it. */
public record CountrySaved(String countryCode) {
}
