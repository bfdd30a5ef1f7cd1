package ua.cooperation.portal.registry;

/**
 * Published (synchronously, inside the saving transaction, after the flush) when a municipality or an organisation
 * has been saved with possibly new names, so that records that copy those names for sorting can follow (the
 * partnerships' sort keys, ADR 0025). The registry does not know who listens.
 */
public record RegistryNamesChanged(Kind kind, long id) {

    public enum Kind {
        MUNICIPALITY, ORGANISATION
    }
}
