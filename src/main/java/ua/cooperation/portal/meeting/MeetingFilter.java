package ua.cooperation.portal.meeting;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.Instant;

/**
 * What the meetings list is narrowed to; every part is optional. {@code from} and {@code to} are instants: meetings
 * that start before {@code to} and end after {@code from} (a meeting overlapping the period). {@code personId} is a
 * registry person who took part. The liaison rule is not part of the filter: the service always applies it.
 */
public record MeetingFilter(String text, Instant from, Instant to, String countryCode, MeetingType type,
                            Long organisationId, Long partnershipId, Long programmeId, Long personId,
                            CooperationArea area, TargetGroup targetGroup) {

    /** A filter without topics. */
    public MeetingFilter(String text, Instant from, Instant to, String countryCode, MeetingType type,
                         Long organisationId, Long partnershipId, Long programmeId, Long personId) {
        this(text, from, to, countryCode, type, organisationId, partnershipId, programmeId, personId, null, null);
    }

    /** The same filter narrowed to meetings about a cooperation area and a target group (either may be null). */
    public MeetingFilter withTopics(CooperationArea newArea, TargetGroup newTargetGroup) {
        return new MeetingFilter(text, from, to, countryCode, type, organisationId, partnershipId, programmeId,
                personId, newArea, newTargetGroup);
    }

    /** A filter of the list's own fields (no programme or person). */
    public MeetingFilter(String text, Instant from, Instant to, String countryCode, MeetingType type,
                         Long organisationId, Long partnershipId) {
        this(text, from, to, countryCode, type, organisationId, partnershipId, null, null);
    }

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, null, null);
    }

    public static MeetingFilter period(Instant from, Instant to) {
        return new MeetingFilter(null, from, to, null, null, null, null);
    }

    public static MeetingFilter ofPartnership(long partnershipId) {
        return new MeetingFilter(null, null, null, null, null, null, partnershipId);
    }

    public static MeetingFilter ofCountry(String countryCode) {
        return new MeetingFilter(null, null, null, countryCode, null, null, null);
    }

    public static MeetingFilter ofOrganisation(long organisationId) {
        return new MeetingFilter(null, null, null, null, null, organisationId, null);
    }

    public static MeetingFilter ofProgramme(long programmeId) {
        return new MeetingFilter(null, null, null, null, null, null, null, programmeId, null);
    }

    /** Meetings in which the registry person took part. */
    public static MeetingFilter ofParticipant(long personId) {
        return new MeetingFilter(null, null, null, null, null, null, null, null, personId);
    }
}
