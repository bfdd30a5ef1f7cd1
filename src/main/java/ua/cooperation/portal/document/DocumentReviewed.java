package ua.cooperation.portal.document;

import java.util.Set;

/**
 * Published inside the review's transaction when an officer accepted or rejected a partner's document: its uploader
 * is told. Carries the record's scope facts (ADR 0041).
 *
 * @param uploadedBy the user name of the partner who proposed it
 * @param reason     why it was rejected; null when accepted
 */
public record DocumentReviewed(DocumentOwnerKind ownerKind, long ownerId, long documentId, String title,
                               boolean accepted, String reason, String uploadedBy, Set<String> countryCodes,
                               boolean sharedWithPartners) {

    public DocumentReviewed {
        countryCodes = Set.copyOf(countryCodes);
    }
}
