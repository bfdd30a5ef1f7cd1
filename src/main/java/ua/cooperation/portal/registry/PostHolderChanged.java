package ua.cooperation.portal.registry;

/**
 * Published inside the transaction that recorded, ended or removed a post of an organisation (ADR 0041): the
 * organisation's followers hear who holds its posts changed.
 */
public record PostHolderChanged(long organisationId, String countryCode) {
}
