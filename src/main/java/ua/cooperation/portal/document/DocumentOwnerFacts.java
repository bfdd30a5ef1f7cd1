package ua.cooperation.portal.document;

import java.util.Set;

/**
 * What a notification about a record's documents needs to know of the record (ADR 0041): its countries and whether it
 * is shared with partners (from which a partner's right to be told is decided), and its responsible officer's account
 * id where the record has one (meetings).
 */
public record DocumentOwnerFacts(Set<String> countryCodes, boolean sharedWithPartners, Long responsibleUserId) {

    public DocumentOwnerFacts {
        countryCodes = Set.copyOf(countryCodes);
    }
}
