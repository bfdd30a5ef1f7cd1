package ua.cooperation.portal.programme;

import java.util.Set;

/**
 * Published (synchronously, inside the saving transaction, after the flush) when a programme has been recorded or its
 * fields changed, for readers across features (notifications); the programme feature does not know who listens.
 *
 * @param created     a new programme
 * @param newlyShared shared with partners by this save (it was not before, or is new)
 */
public record ProgrammeSaved(long programmeId, boolean created, Set<String> countryCodes, boolean sharedWithPartners,
                             boolean newlyShared) {

    public ProgrammeSaved {
        countryCodes = Set.copyOf(countryCodes);
    }
}
