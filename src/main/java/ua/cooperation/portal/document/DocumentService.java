package ua.cooperation.portal.document;

import ua.cooperation.portal.base.PortalTime;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWrites;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files attached to partnerships, programmes and meetings, stored in the database with their record (ADR 0010).
 * <p>
 * A document is exactly as visible as its owner: every method first asks the owner's {@link DocumentOwnerAccess}, and
 * an owner the user may not see answers like a missing one. A country-restricted user (a liaison) sees, in addition,
 * only the accepted documents shared with partners and her own proposals ({@link DocumentVisibility}). Every download
 * (anyone's) is written to the security log. Officers and administrators upload and delete, on owners they may edit;
 * a partner proposes documents for the records she may open (issue 21): they wait, pending, until an officer accepts
 * or rejects them, and she may delete her own pending or rejected ones.
 */
@Service
public class DocumentService {

    /** The largest file accepted: 20 MiB. */
    public static final int MAX_SIZE = 20 * 1024 * 1024;
    /** The audited properties shown in the owner's history; labels are {@code document.field.<name>}. */
    public static final List<String> HISTORY_FIELDS = List.of("type", "language", "title", "fileName",
            "sharedWithPartners", "reviewStatus", "rejectionReason");
    /**
     * Prefix of the field names in {@link #historyFor} entries ({@code document.type}, {@code document.title}, …), so
     * that they do not collide with the owner's own fields (a partnership has a type, a meeting a title) when the
     * owner merges both histories.
     */
    public static final String HISTORY_FIELD_PREFIX = "document.";

    private final DocumentRepository documents;
    private final DocumentContent contents;
    private final DocumentVisibility visibility;
    private final RecordTexts texts;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final SecurityAuditLog auditLog;
    private final PortalTime time;
    private final PartnerWrites partnerWrites;
    private final DocumentEvents events;
    private final LiaisonPreview preview;

    DocumentService(DocumentRepository documents, DocumentContent contents, DocumentVisibility visibility,
                    CountryScope scope, AccessPolicy policy, CurrentUser currentUser, Validator validator,
                    RecordHistory history, SecurityAuditLog auditLog, PortalTime time, RecordTexts texts,
                    PartnerWrites partnerWrites, DocumentEvents events, LiaisonPreview preview) {
        this.documents = documents;
        this.contents = contents;
        this.visibility = visibility;
        this.texts = texts;
        this.scope = scope;
        this.policy = policy;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.auditLog = auditLog;
        this.time = time;
        this.partnerWrites = partnerWrites;
        this.events = events;
        this.preview = preview;
    }

    /**
     * The documents of a record the user may see, newest first; for a liaison only the accepted ones shared with
     * partners and her own proposals.
     *
     * @throws RecordNotFoundException when the record is missing or not visible to the user
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentItem> findFor(DocumentOwnerKind kind, long ownerId) {
        return findFor(kind, ownerId, null);
    }

    /**
     * The same, their titles in {@code reader}'s language where translated (ADR 0040); {@code null}: as written.
     *
     * @throws RecordNotFoundException when the record is missing or not visible to the user
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentItem> findFor(DocumentOwnerKind kind, long ownerId, Locale reader) {
        requireReadable(kind, ownerId);
        Specification<Document> ofOwner = (root, query, cb) -> cb.and(cb.equal(root.get("ownerKind"), kind),
                cb.equal(root.get("ownerId"), ownerId));
        var found = documents.findAll(ofOwner.and(visibility.seenByReader()), Sort.by(Sort.Direction.DESC, "id"));
        boolean staffEdits = visibility.editable(kind, ownerId);
        var author = policy.authors(found.stream().map(Document::getUploadedBy).toList());
        var titles = new HashMap<Long, String>();
        found.forEach(d -> titles.put(d.getId(), d.getTitle()));
        var shown = reader == null ? Map.<Long, LocalizedText>of()
                : texts.localize(TextOwnerKind.DOCUMENT, DocumentTextOwner.TITLE, titles, reader);
        return found.stream().map(d -> item(d, author.apply(d.getUploadedBy()), shown.get(d.getId()), staffEdits))
                .toList();
    }

    /**
     * Whether the current user may propose documents for the records she may open ({@link #upload}): a partner
     * signed in as herself (not during a preview). Staff upload with {@code Permissions.mayUpload()}.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayPropose() {
        return policy.mayProposeDocuments();
    }

    /**
     * Stores a file with its record, in one transaction. Staff who may edit the record upload accepted documents, shared
     * per {@code meta.sharedWithPartners()}; a partner ({@link #mayPropose()}) proposes one for a record she may open:
     * it is pending, shared with the record's partners once an officer accepts it, and the office is told
     * ({@link DocumentProposed}); her upload passes {@link PartnerWrites}. Refuses, before anything is written: invalid
     * metadata ({@link ConstraintViolationException}), a record the user may not edit or propose for
     * ({@link RecordNotFoundException}), and ({@link InvalidDocumentException}) an empty file, one above
     * {@link #MAX_SIZE}, content that is not what its name says, or a format the document type does not accept. The
     * file name is cleaned ({@link FileNames}) and the media type is the one detected from the content.
     */
    @PreAuthorize("(hasAnyRole('OFFICER','ADMIN') or @accessPolicy.mayProposeDocuments())"
            + " and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public DocumentItem upload(NewDocument meta, byte[] content) {
        Validation.requireValid(validator, meta);
        boolean staff = visibility.editable(meta.ownerKind(), meta.ownerId());
        if (!staff && !(policy.mayProposeDocuments() && readable(meta.ownerKind(), meta.ownerId()))) {
            throw new RecordNotFoundException(meta.ownerKind() + " " + meta.ownerId());
        }
        if (content == null || content.length == 0) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.EMPTY, "The file is empty");
        }
        if (content.length > MAX_SIZE) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.TOO_LARGE,
                    "The file has " + content.length + " bytes, more than " + MAX_SIZE);
        }
        var fileName = FileNames.sanitise(meta.fileName());
        var mediaType = DocumentContentCheck.check(meta.type(), fileName, content);
        if (!staff) {
            partnerWrites.admit("document.upload", meta.ownerKind() + " " + meta.ownerId());
        }
        // a partner's document is meant for the record's partners: shared once accepted, whatever the form said
        var document = documents.saveAndFlush(new Document(meta.ownerKind(), meta.ownerId(), meta.type(),
                meta.language(), meta.title().strip(), fileName, mediaType, content.length, sha256(content),
                !staff || meta.sharedWithPartners(), currentUser.require().username(), time.now(),
                staff ? DocumentReviewStatus.ACCEPTED : DocumentReviewStatus.PENDING));
        contents.store(document.getId(), content);
        if (!staff) {
            events.proposed(document);
        }
        return item(document, document.getUploadedBy(), null, staff);
    }

    /**
     * An officer accepts a partner's pending document: from now on the record's partners see it, and its uploader is
     * told ({@link DocumentReviewed}). Refuses a document whose record she may not edit ({@link RecordNotFoundException}),
     * a stale version ({@link ConcurrentEditException}) and one that is not pending ({@link DocumentRefusedException}).
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public DocumentItem accept(long documentId, long version) {
        var document = requirePending(documentId, version);
        document.accept(currentUser.require().username(), time.now());
        return reviewed(document, version);
    }

    /**
     * An officer rejects a partner's pending document with a reason (required, at most 500 characters), which its
     * uploader reads on her document line and in the notification she gets; the document stays visible to her and the
     * staff only. Refuses as {@link #accept}, and a missing or over-long reason ({@link DocumentRefusedException}).
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public DocumentItem reject(long documentId, long version, String reason) {
        var document = requirePending(documentId, version);
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.REASON_REQUIRED);
        }
        if (text.length() > Document.REJECTION_REASON_MAX_LENGTH) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.REASON_TOO_LONG);
        }
        document.reject(currentUser.require().username(), time.now(), text);
        return reviewed(document, version);
    }

    private Document requirePending(long documentId, long version) {
        var document = documents.findById(documentId)
                .filter(d -> policy.mayEdit() && visibility.editable(d.getOwnerKind(), d.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Document " + documentId));
        if (document.getVersion() != version) {
            throw new ConcurrentEditException("Document " + documentId, version, document.getVersion());
        }
        if (document.getReviewStatus() != DocumentReviewStatus.PENDING) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.NOT_PENDING);
        }
        return document;
    }

    private DocumentItem reviewed(Document document, long version) {
        try {
            documents.saveAndFlush(document);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Document " + document.getId(), version, version + 1);
        }
        events.reviewed(document);
        return item(document, document.getUploadedBy(), null, true);
    }

    /**
     * The document for download, if it exists, its record is visible to the user and (for a liaison) it is accepted and
     * shared with partners, or her own proposal; empty otherwise, alike in every case. Every download is written to the security log. The
     * content streams from the database after this method has returned; close it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DocumentDownload> open(long documentId) {
        var found = documents.findById(documentId).filter(this::visible);
        // every download is written to the security log, staff's too: the audit view answers "who took this file"
        found.ifPresent(d -> auditLog.record(SecurityEventType.DOWNLOAD, currentUser.require().username(),
                "document " + d.getId() + " of " + d.getOwnerKind() + " " + d.getOwnerId() + ": "
                        + d.getFileName()));
        return found.map(d -> new DocumentDownload(d.getFileName(), d.getMediaType(), d.getSizeBytes(),
                contents.open(d.getId(), d.getSizeBytes())));
    }

    /**
     * Deletes a document and its content; its metadata stays in the record's history. Staff who may edit the record
     * delete any of its documents, a partner her own pending or rejected proposal (through {@link PartnerWrites}).
     * Refuses a document the user may not see or delete ({@link RecordNotFoundException}), a stale version
     * ({@link ConcurrentEditException}), and any deletion during a liaison preview, after the document was looked for
     * as the previewed liaison would (an out-of-scope id answers "not found" as for her).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long documentId, long expectedVersion) {
        currentUser.require();
        var document = documents.findById(documentId).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException("Document " + documentId));
        if (preview.previewedCountry().isPresent()) {
            throw new AccessDeniedException("A liaison preview changes nothing");
        }
        if (!visibility.editable(document.getOwnerKind(), document.getOwnerId()) && !ownProposal(document)) {
            throw new RecordNotFoundException("Document " + documentId);
        }
        if (document.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Document " + documentId, expectedVersion, document.getVersion());
        }
        if (scope.isRestricted()) {
            partnerWrites.admit("document.delete", "DOCUMENT " + documentId);
        }
        try {
            documents.delete(document);
            documents.flush();
            texts.deleteAll(TextOwnerKind.DOCUMENT, documentId);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Document " + documentId, expectedVersion, expectedVersion + 1);
        }
    }

    /**
     * Whether a record the user may see has a document of the given type (e.g. a partnership moving to SIGNED needs
     * an agreement); false when the record is not visible. Counts all accepted documents, shared or not: a partner's
     * proposal counts once an officer accepted it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasDocument(DocumentOwnerKind kind, long ownerId, DocumentType type) {
        return readable(kind, ownerId) && documents.existsByOwnerKindAndOwnerIdAndTypeAndReviewStatus(kind, ownerId, type,
                DocumentReviewStatus.ACCEPTED);
    }

    /**
     * Uploads and deletions of the record's documents, newest first, each with the document's title as subject and
     * field names {@link #HISTORY_FIELD_PREFIX} + one of {@link #HISTORY_FIELDS} (their review too: accepted, rejected
     * with the reason); for a liaison only the documents she sees ({@link DocumentVisibility}), from when she saw them. The owner's view merges this into its own history ({@code RecordHistory.merge}).
     *
     * @throws RecordNotFoundException when the record is missing or not visible to the user
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyFor(DocumentOwnerKind kind, long ownerId) {
        requireReadable(kind, ownerId);
        var entries = history.historyOfMatching(Document.class,
                        AuditEntity.and(AuditEntity.property("ownerKind").eq(kind),
                                AuditEntity.property("ownerId").eq(ownerId)),
                        HISTORY_FIELDS,
                        state -> visibility.seenByReader((Document) state),
                        state -> ((Document) state).getTitle(),
                        // a document shared or accepted later: a partner's history begins when she first saw it
                        policy.historyStates(state -> visibility.seenByReader((Document) state)))
                .stream()
                .map(entry -> new HistoryEntry(entry.revision(), entry.changedAt(), entry.changedBy(), entry.kind(),
                        entry.subject(), entry.changes().stream()
                        .map(c -> new HistoryEntry.FieldChange(HISTORY_FIELD_PREFIX + c.field(), c.oldValue(),
                                c.newValue()))
                        .toList()))
                .toList();
        return policy.authorsForReader(entries);
    }

    private boolean visible(Document document) {
        return visibility.visible(document);
    }

    /** The current partner's own pending or rejected proposal, which she may delete (not during a preview). */
    private boolean ownProposal(Document document) {
        return policy.mayProposeDocuments() && visibility.ownProposal(document)
                && readable(document.getOwnerKind(), document.getOwnerId());
    }

    private boolean readable(DocumentOwnerKind kind, long ownerId) {
        return visibility.readable(kind, ownerId);
    }

    private void requireReadable(DocumentOwnerKind kind, long ownerId) {
        if (!readable(kind, ownerId)) {
            throw new RecordNotFoundException(kind + " " + ownerId);
        }
    }

    private void requireEditable(DocumentOwnerKind kind, long ownerId) {
        if (!visibility.editable(kind, ownerId)) {
            throw new RecordNotFoundException(kind + " " + ownerId);
        }
    }

    /**
     * {@code uploadedBy}: the uploader's user name as the reader may read it ({@link AccessPolicy#author});
     * {@code shownTitle}: the title in the reader's language, or null for the title as written; {@code staffEdits}:
     * whether the reader may edit the record's documents (then she deletes any and reviews pending ones).
     */
    private DocumentItem item(Document d, String uploadedBy, LocalizedText shownTitle, boolean staffEdits) {
        var pending = d.getReviewStatus() == DocumentReviewStatus.PENDING;
        boolean mayDelete = staffEdits || (policy.mayProposeDocuments() && visibility.ownProposal(d));
        return new DocumentItem(d.getId(), d.getVersion(), d.getOwnerKind(), d.getOwnerId(), d.getType(),
                d.getLanguage(), d.getTitle(), d.getFileName(), d.getMediaType(), d.getSizeBytes(),
                d.isSharedWithPartners(), uploadedBy, d.getUploadedAt(),
                shownTitle == null ? LocalizedText.original(d.getTitle(), PortalLanguages.OFFICE_LANGUAGE) : shownTitle,
                d.getReviewStatus(), d.getRejectionReason(), mayDelete, staffEdits && pending);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
