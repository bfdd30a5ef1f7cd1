package ua.cooperation.portal.practice;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

/**
 * What the practices list is narrowed to; every part optional. {@code visitId}: the practices whose source is that
 * visit. The scope is not part of it: the service applies it, and a visit the reader may not see lists nothing, as
 * a missing one does (a partner is not told which practices came from a visit she may not open).
 */
public record PracticeFilter(String text, String countryCode, PracticeStatus status, CooperationArea area,
                             TargetGroup targetGroup, PracticeDirection direction, Long visitId) {

    /** The filter without a source visit (what the list's other filters write). */
    public PracticeFilter(String text, String countryCode, PracticeStatus status, CooperationArea area,
                          TargetGroup targetGroup, PracticeDirection direction) {
        this(text, countryCode, status, area, targetGroup, direction, null);
    }

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null, null, null);
    }

    public static PracticeFilter ofCountry(String countryCode) {
        return new PracticeFilter(null, countryCode, null, null, null, null, null);
    }

    /** The practices learnt on or shared at one visit. */
    public static PracticeFilter ofVisit(long visitId) {
        return new PracticeFilter(null, null, null, null, null, null, visitId);
    }
}
