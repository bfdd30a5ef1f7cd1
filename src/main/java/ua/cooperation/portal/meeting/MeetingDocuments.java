package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

/**
 * A meeting's documents are exactly as visible as the meeting (the liaison scope of
 * {@link VisibleMeetings}); officers and administrators attach and delete them.
 */
@Component
class MeetingDocuments implements DocumentOwnerAccess {

    private final VisibleMeetings meetings;
    private final CurrentUser currentUser;

    MeetingDocuments(VisibleMeetings meetings, CurrentUser currentUser) {
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    @Override
    public DocumentOwnerKind kind() {
        return DocumentOwnerKind.MEETING;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long ownerId) {
        return meetings.find(ownerId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(long ownerId) {
        var user = currentUser.get();
        return user.isPresent() && (user.get().hasRole(Role.OFFICER) || user.get().hasRole(Role.ADMIN))
                && !user.get().isCountryRestricted() && canRead(ownerId);
    }
}
