package ua.cooperation.portal.document;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.Instant;

/** A document as lists and panels show it: its metadata, never its content. {@code uploadedBy} is a user name. */
public record DocumentItem(long id, long version, DocumentOwnerKind ownerKind, long ownerId, DocumentType type,
                           String language, String title, String fileName, String mediaType, long size,
                           boolean sharedWithPartners, String uploadedBy, Instant uploadedAt,
                           LocalizedText shownTitle) {
}
