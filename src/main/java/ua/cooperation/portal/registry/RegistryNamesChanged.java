package ua.cooperation.portal.registry;

/**
 * Published (synchronously, inside the saving transaction, after the flush) when a municipality or an organisation
 * has been saved with possibly new names or a new country, so that records that copy them can follow (the
 * partnerships' sort keys, ADR 0025, and their partner's country, ADR 0038). The registry does not know who listens.
 */
public record RegistryNamesChanged(Kind kind, long id) {

    public enum Kind {
        MUNICIPALITY, ORGANISATION
    }
}
