package ua.cooperation.portal.document;

import java.util.Set;

/**
 * Published inside the upload's transaction when a partner proposed a document for a record (issue 21): the office
 * reviews it. Carries the record's scope facts (ADR 0041); the document feature does not know who listens.
 *
 * @param title             the document's title as she wrote it
 * @param responsibleUserId the record's responsible officer, if it has one
 */
public record DocumentProposed(DocumentOwnerKind ownerKind, long ownerId, long documentId, String title,
                               Set<String> countryCodes, boolean sharedWithPartners, Long responsibleUserId) {

    public DocumentProposed {
        countryCodes = Set.copyOf(countryCodes);
    }
}
