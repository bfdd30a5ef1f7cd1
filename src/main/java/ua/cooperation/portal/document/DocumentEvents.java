package ua.cooperation.portal.document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the document events inside the changing transaction, after the flush (ADR 0041), with the owner record's
 * scope facts as the current user may see it (she has just changed its documents, so she may).
 */
@Component
class DocumentEvents {

    private final ApplicationEventPublisher events;
    private final DocumentVisibility visibility;

    DocumentEvents(ApplicationEventPublisher events, DocumentVisibility visibility) {
        this.events = events;
        this.visibility = visibility;
    }

    /** A partner proposed {@code document}: the office is told. */
    void proposed(Document document) {
        facts(document).ifPresent(facts -> events.publishEvent(new DocumentProposed(document.getOwnerKind(),
                document.getOwnerId(), document.getId(), document.getTitle(), facts.countryCodes(),
                facts.sharedWithPartners(), facts.responsibleUserId())));
    }

    /** An officer accepted or rejected {@code document}: its uploader is told. */
    void reviewed(Document document) {
        facts(document).ifPresent(facts -> events.publishEvent(new DocumentReviewed(document.getOwnerKind(),
                document.getOwnerId(), document.getId(), document.getTitle(),
                document.getReviewStatus() == DocumentReviewStatus.ACCEPTED, document.getRejectionReason(),
                document.getUploadedBy(), facts.countryCodes(), facts.sharedWithPartners())));
    }

    private java.util.Optional<DocumentOwnerFacts> facts(Document document) {
        return visibility.owner(document.getOwnerKind()).flatMap(owner -> owner.facts(document.getOwnerId()));
    }
}
