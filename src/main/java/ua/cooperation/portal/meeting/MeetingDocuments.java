package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerFacts;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.ScopedDocumentOwner;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.TranslationQueries;

import java.util.Optional;

/** A meeting's documents are as visible as the meeting ({@link VisibleMeetings}). */
@Component
class MeetingDocuments extends ScopedDocumentOwner {

    private final VisibleMeetings meetings;

    MeetingDocuments(VisibleMeetings meetings, AccessPolicy policy) {
        super(DocumentOwnerKind.MEETING, policy);
        this.meetings = meetings;
    }

    @Override
    protected boolean inScope(long ownerId) {
        return meetings.find(ownerId).isPresent();
    }

    @Override
    public String address(long ownerId) {
        return MeetingLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM meeting m WHERE m.id = " + ownerIdColumn + " AND m.shared_with_partners = TRUE"
                + " AND " + TranslationQueries.oneOfItsCountriesReads("meeting_country", "meeting_id", "m.id") + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentOwnerFacts> facts(long ownerId) {
        return meetings.find(ownerId).map(m -> new DocumentOwnerFacts(m.getCountryCodes(), m.isSharedWithPartners(),
                m.getResponsibleUserId()));
    }
}
