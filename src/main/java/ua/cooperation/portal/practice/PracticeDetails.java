package ua.cooperation.portal.practice;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One practice as its page shows it. For a partner {@code notes} and {@code updatedBy} are null (AccessPolicy).
 * {@code title} and {@code description} are the originals (what the form edits); {@code texts} holds them in the
 * reader's language. A source the reader may not open is null ({@code sourceMeeting}, {@code sourceDocument},
 * {@code sourceVisit}: id and title), and so is its id for a partner ({@code sourceMeetingId} …).
 */
public record PracticeDetails(long id, long version, String title, String description, PracticeDirection direction,
                              String countryCode, Named organisation, Set<CooperationArea> areas,
                              Set<TargetGroup> targetGroups, Named sourceMeeting, Named sourceDocument,
                              Named sourceVisit, Long sourceMeetingId, Long sourceDocumentId, Long sourceVisitId, String notes,
                              boolean sharedWithPartners, PracticeStatus status, LocalDate statusSince,
                              Instant updatedAt, String updatedBy, Permissions permissions, LocalizedTexts texts) {

    /** A record the practice names, as the reader may read its name. */
    public record Named(long id, String name) {
    }

    /** The stored values as a form starts from them. */
    public PracticeChanges toChanges() {
        return new PracticeChanges(id, version, title, description, direction, countryCode,
                organisation == null ? null : organisation.id(), areas, targetGroups, sourceMeetingId,
                sourceDocumentId, sourceVisitId, notes, sharedWithPartners);
    }
}
