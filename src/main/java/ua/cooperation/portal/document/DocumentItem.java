package ua.cooperation.portal.document;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.Instant;

/**
 * A document as lists and panels show it: its metadata, never its content. {@code uploadedBy} is a user name as the
 * reader may read it. {@code review} says where it stands with the office; {@code rejectionReason} is set for a
 * rejected one (only its uploader and the staff see it). {@code mayDelete} and {@code mayReview} are the reader's rights
 * on this document, decided by the service (staff delete any; a partner her own pending or rejected upload; staff who
 * may edit the record accept or reject a pending one).
 */
public record DocumentItem(long id, long version, DocumentOwnerKind ownerKind, long ownerId, DocumentType type,
                           String language, String title, String fileName, String mediaType, long size,
                           boolean sharedWithPartners, String uploadedBy, Instant uploadedAt,
                           LocalizedText shownTitle, DocumentReviewStatus review, String rejectionReason,
                           boolean mayDelete, boolean mayReview) {
}
