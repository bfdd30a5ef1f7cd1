package ua.cooperation.portal.meeting;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;

/**
 * What the decision register is narrowed to; every part is optional. {@code from} and {@code to} are the days of the
 * decision (both included); {@code countryCode}, {@code type} are the meeting's; a topic matches the decision's own
 * topics, or its meeting's when it has none of its own. The reader's scope is not part of the filter: the service
 * always applies it.
 */
public record DecisionRegisterFilter(String text, LocalDate from, LocalDate to, String countryCode, MeetingType type,
                                     CooperationArea area, TargetGroup targetGroup, FollowUpState followUp) {

    public static DecisionRegisterFilter none() {
        return new DecisionRegisterFilter(null, null, null, null, null, null, null, null);
    }

    public DecisionRegisterFilter withCountry(String newCountryCode) {
        return new DecisionRegisterFilter(text, from, to, newCountryCode, type, area, targetGroup, followUp);
    }

    public DecisionRegisterFilter withFollowUp(FollowUpState newFollowUp) {
        return new DecisionRegisterFilter(text, from, to, countryCode, type, area, targetGroup, newFollowUp);
    }

    public DecisionRegisterFilter withTopics(CooperationArea newArea, TargetGroup newTargetGroup) {
        return new DecisionRegisterFilter(text, from, to, countryCode, type, newArea, newTargetGroup, followUp);
    }

    public DecisionRegisterFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DecisionRegisterFilter(text, newFrom, newTo, countryCode, type, area, targetGroup, followUp);
    }

    public DecisionRegisterFilter withType(MeetingType newType) {
        return new DecisionRegisterFilter(text, from, to, countryCode, newType, area, targetGroup, followUp);
    }

    public DecisionRegisterFilter withText(String newText) {
        return new DecisionRegisterFilter(newText, from, to, countryCode, type, area, targetGroup, followUp);
    }
}
