package ua.cooperation.portal.visit;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One visit as its page shows it. For a partner {@code internalNotes}, {@code responsible} and {@code updatedBy} are
 * null and staff members of the delegation are one entry without a name (the office). {@code title}, {@code purpose}
 * and {@code reportText} are the originals (what the forms edit); {@code texts} holds them in the reader's language.
 */
public record VisitDetails(long id, long version, VisitDirection direction, String title, String purpose,
                           String hostCountryCode, String city, Named hostOrganisation, LocalDate startsOn,
                           LocalDate endsOn, VisitState state, Set<String> countryCodes, Set<CooperationArea> areas,
                           Set<TargetGroup> targetGroups, boolean sharedWithPartners, Named responsible,
                           String internalNotes, String reportText, Long reportMeetingId, List<Member> delegation,
                           Instant updatedAt, String updatedBy, Permissions permissions, LocalizedTexts texts) {

    /** A record named on the visit; {@code linkable}: the reader may open it. */
    public record Named(long id, String name, boolean linkable) {
    }

    /**
     * A delegation member: a registry person ({@code personId}, with her current organisations) or a portal user
     * ({@code userId}); a staff member whose name is withheld from a partner has neither id nor name.
     */
    public record Member(Long personId, Long userId, String name, String organisation, DelegationRole role,
                         boolean linkable) {
    }

    /** The stored values as a form starts from them. */
    public VisitChanges toChanges() {
        return new VisitChanges(id, version, direction, title, purpose, hostCountryCode, city,
                hostOrganisation == null ? null : hostOrganisation.id(), startsOn, endsOn, countryCodes, areas,
                targetGroups, sharedWithPartners, responsible == null ? null : responsible.id(), internalNotes);
    }
}
