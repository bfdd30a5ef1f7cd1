package ua.cooperation.portal.registry;

/**
 * Published inside the transaction of an organisation's create or update, after the flush (ADR 0041): its followers
 * hear of it. Organisations are visible to the partners of their country.
 */
public record OrganisationSaved(long organisationId, boolean created, String countryCode) {
}
