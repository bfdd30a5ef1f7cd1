package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.AccessPolicy;

/**
 * A meeting's documents are exactly as visible as the meeting (the liaison scope of
 * {@link VisibleMeetings}); whoever the access policy lets upload (officers and administrators, never a partner)
 * attaches and deletes them.
 */
@Component
class MeetingDocuments implements DocumentOwnerAccess {

    private final VisibleMeetings meetings;
    private final AccessPolicy policy;

    MeetingDocuments(VisibleMeetings meetings, AccessPolicy policy) {
        this.meetings = meetings;
        this.policy = policy;
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
        return policy.permissions().mayUpload() && canRead(ownerId);
    }

    @Override
    public String address(long ownerId) {
        return MeetingLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM meeting m JOIN meeting_country mc ON mc.meeting_id = m.id"
                + " JOIN country c ON c.code = mc.country_code WHERE m.id = " + ownerIdColumn
                + " AND m.shared_with_partners = TRUE AND COALESCE(c.partner_language, 'en') = :language)";
    }
}
