package ua.cooperation.portal.meeting;

import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.base.text.LocalizedTexts;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One meeting as the details view shows it, names in the reader's language. For a liaison {@code internalNotes} and
 * {@code updatedBy} are null; {@link Named#linkable()} says whether the reader may open the record behind a name. Linked partnerships and
 * programmes hold only those the reader may see. {@code permissions} says what the reader may do with it.
 * {@code title}, {@code agenda} and {@code minutes} are the originals (what the form edits); {@code texts} holds them
 * in the reader's language (ADR 0040), which is what a page shows.
 */
public record MeetingDetails(long id, long version, MeetingType type, String title, Instant startsAt, Instant endsAt,
                             String place, String onlineLink, Set<String> countryCodes, List<Named> organisations,
                             List<Participant> participants, List<Named> users, List<Named> partnerships,
                             List<Named> programmes, String agenda, String minutes, String internalNotes, boolean sharedWithPartners,
                             Instant updatedAt, String updatedBy, Permissions permissions,
                             LocalizedTexts texts, Named responsible, Set<CooperationArea> areas,
                             Set<TargetGroup> targetGroups) {

    // responsible: the officer told of the action items' changes; null when none or the reader may not read staff names

    /** A record named on the meeting. */
    public record Named(long id, String name, boolean linkable) {
    }

    /** A registry person who took part, and in what role. */
    public record Participant(long personId, String name, ParticipantRole role, boolean linkable) {
    }

    /** The stored values as a form starts from them. */
    public MeetingChanges toChanges() {
        return new MeetingChanges(id, version, type, title, startsAt, endsAt, place, onlineLink, countryCodes,
                ids(organisations), ids(users), ids(partnerships), ids(programmes), agenda, minutes, internalNotes, sharedWithPartners)
                .withTopics(areas, targetGroups);
    }

    private static Set<Long> ids(List<Named> named) {
        return named.stream().map(Named::id).collect(java.util.stream.Collectors.toSet());
    }
}
