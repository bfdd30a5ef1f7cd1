package ua.cooperation.portal.practice;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

/** What the practices list is narrowed to; every part optional. The scope is not part of it: the service applies it. */
public record PracticeFilter(String text, String countryCode, PracticeStatus status, CooperationArea area,
                             TargetGroup targetGroup, PracticeDirection direction) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null, null);
    }

    public static PracticeFilter ofCountry(String countryCode) {
        return new PracticeFilter(null, countryCode, null, null, null, null);
    }
}
