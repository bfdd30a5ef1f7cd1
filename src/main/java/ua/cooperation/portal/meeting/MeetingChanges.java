package ua.cooperation.portal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the
 * officer started from. Participants (registry persons with roles) are changed separately
 * ({@link MeetingService#updateParticipants}).
 */
public record MeetingChanges(
        Long id,
        long version,
        @NotNull MeetingType type,
        @NotBlank @Size(max = Meeting.TITLE_MAX_LENGTH) String title,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = Meeting.PLACE_MAX_LENGTH) String place,
        @Size(max = Meeting.LINK_MAX_LENGTH) String onlineLink,
        @NotEmpty Set<String> countryCodes,
        Set<Long> organisationIds,
        Set<Long> userIds,
        Set<Long> partnershipIds,
        Set<Long> programmeIds,
        @Size(max = Meeting.AGENDA_MAX_LENGTH) String agenda,
        @Size(max = Meeting.MINUTES_MAX_LENGTH) String minutes,
        @Size(max = Meeting.NOTES_MAX_LENGTH) String internalNotes,
        boolean sharedWithPartners,
        Long responsibleUserId,
        Set<CooperationArea> areas,
        Set<TargetGroup> targetGroups) {

    public MeetingChanges {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        partnershipIds = partnershipIds == null ? Set.of() : Set.copyOf(partnershipIds);
        programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
    }

    /** A meeting without topics (the shape before meetings carried cooperation areas and target groups). */
    public MeetingChanges(Long id, long version, MeetingType type, String title, Instant startsAt, Instant endsAt,
                          String place, String onlineLink, Set<String> countryCodes, Set<Long> organisationIds,
                          Set<Long> userIds, Set<Long> partnershipIds, Set<Long> programmeIds, String agenda,
                          String minutes, String internalNotes, boolean sharedWithPartners, Long responsibleUserId) {
        this(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes, organisationIds, userIds,
                partnershipIds, programmeIds, agenda, minutes, internalNotes, sharedWithPartners, responsibleUserId,
                Set.of(), Set.of());
    }

    /**
     * A meeting without a change of its responsible officer ({@code responsibleUserId} null: a new meeting's is the
     * officer who records it, a stored one's stays).
     */
    public MeetingChanges(Long id, long version, MeetingType type, String title, Instant startsAt, Instant endsAt,
                          String place, String onlineLink, Set<String> countryCodes, Set<Long> organisationIds,
                          Set<Long> userIds, Set<Long> partnershipIds, Set<Long> programmeIds, String agenda,
                          String minutes, String internalNotes, boolean sharedWithPartners) {
        this(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes, organisationIds, userIds,
                partnershipIds, programmeIds, agenda, minutes, internalNotes, sharedWithPartners, null);
    }

    /** A meeting without linked programmes (the shape before programmes could be linked). */
    public MeetingChanges(Long id, long version, MeetingType type, String title, Instant startsAt, Instant endsAt,
                          String place, String onlineLink, Set<String> countryCodes, Set<Long> organisationIds,
                          Set<Long> userIds, Set<Long> partnershipIds, String agenda, String minutes,
                          String internalNotes, boolean sharedWithPartners) {
        this(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes, organisationIds, userIds,
                partnershipIds, Set.of(), agenda, minutes, internalNotes, sharedWithPartners);
    }

    public MeetingChanges withProgrammes(Set<Long> newProgrammeIds) {
        return new MeetingChanges(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes,
                organisationIds, userIds, partnershipIds, newProgrammeIds, agenda, minutes, internalNotes,
                sharedWithPartners, responsibleUserId, areas, targetGroups);
    }

    public MeetingChanges withVersion(long newVersion) {
        return new MeetingChanges(id, newVersion, type, title, startsAt, endsAt, place, onlineLink, countryCodes,
                organisationIds, userIds, partnershipIds, programmeIds, agenda, minutes, internalNotes,
                sharedWithPartners, responsibleUserId, areas, targetGroups);
    }

    public MeetingChanges withResponsible(Long newResponsibleUserId) {
        return new MeetingChanges(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes,
                organisationIds, userIds, partnershipIds, programmeIds, agenda, minutes, internalNotes,
                sharedWithPartners, newResponsibleUserId, areas, targetGroups);
    }

    /** The same meeting about these cooperation areas and target groups. */
    public MeetingChanges withTopics(Set<CooperationArea> newAreas, Set<TargetGroup> newTargetGroups) {
        return new MeetingChanges(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes,
                organisationIds, userIds, partnershipIds, programmeIds, agenda, minutes, internalNotes,
                sharedWithPartners, responsibleUserId, newAreas, newTargetGroups);
    }
}
