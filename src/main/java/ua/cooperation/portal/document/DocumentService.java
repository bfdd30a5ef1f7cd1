package ua.cooperation.portal.document;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import ua.cooperation.portal.security.Role;

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
 * only the documents marked as shared with partners. Every download (anyone's) is written to the security log.
 * Officers and administrators upload and delete, on owners they may edit.
 */
@Service
public class DocumentService {

    /** The largest file accepted: 20 MiB. */
    public static final int MAX_SIZE = 20 * 1024 * 1024;
    /** The audited properties shown in the owner's history; labels are {@code document.field.<name>}. */
    public static final List<String> HISTORY_FIELDS = List.of("type", "language", "title", "fileName",
            "sharedWithPartners");
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

    DocumentService(DocumentRepository documents, DocumentContent contents, DocumentVisibility visibility,
                    CountryScope scope, AccessPolicy policy, CurrentUser currentUser, Validator validator,
                    RecordHistory history, SecurityAuditLog auditLog, PortalTime time, RecordTexts texts) {
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
    }

    /**
     * The documents of a record the user may see, newest first; for a liaison only those shared with partners.
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
        var found = scope.isRestricted()
                ? documents.findByOwnerKindAndOwnerIdAndSharedWithPartnersTrueOrderByIdDesc(kind, ownerId)
                : documents.findByOwnerKindAndOwnerIdOrderByIdDesc(kind, ownerId);
        var author = policy.authors(found.stream().map(Document::getUploadedBy).toList());
        var titles = new HashMap<Long, String>();
        found.forEach(d -> titles.put(d.getId(), d.getTitle()));
        var shown = reader == null ? Map.<Long, LocalizedText>of()
                : texts.localize(TextOwnerKind.DOCUMENT, DocumentTextOwner.TITLE, titles, reader);
        return found.stream().map(d -> toItem(d, author.apply(d.getUploadedBy()), shown.get(d.getId()))).toList();
    }

    /**
     * Stores a file with its record, in one transaction. Refuses, before anything is written: invalid metadata
     * ({@link ConstraintViolationException}), a record the user may not edit ({@link RecordNotFoundException}), and
     * ({@link InvalidDocumentException}) an empty file, one above {@link #MAX_SIZE}, content that is not what its
     * name says, or a format the document type does not accept. The file name is cleaned ({@link FileNames}) and the
     * media type is the one detected from the content.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public DocumentItem upload(NewDocument meta, byte[] content) {
        Validation.requireValid(validator, meta);
        requireEditable(meta.ownerKind(), meta.ownerId());
        if (content == null || content.length == 0) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.EMPTY, "The file is empty");
        }
        if (content.length > MAX_SIZE) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.TOO_LARGE,
                    "The file has " + content.length + " bytes, more than " + MAX_SIZE);
        }
        var fileName = FileNames.sanitise(meta.fileName());
        var mediaType = DocumentContentCheck.check(meta.type(), fileName, content);
        var document = documents.saveAndFlush(new Document(meta.ownerKind(), meta.ownerId(), meta.type(),
                meta.language(), meta.title().strip(), fileName, mediaType, content.length, sha256(content),
                meta.sharedWithPartners(), currentUser.require().username(), time.now()));
        contents.store(document.getId(), content);
        return toItem(document, document.getUploadedBy(), null);
    }

    /**
     * The document for download, if it exists, its record is visible to the user and (for a liaison) it is shared
     * with partners; empty otherwise, alike in every case. Every download is written to the security log. The
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
     * Deletes a document and its content; its metadata stays in the record's history. Refuses a document whose record
     * the user may not edit ({@link RecordNotFoundException}) and a stale version ({@link ConcurrentEditException}).
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void delete(long documentId, long expectedVersion) {
        var document = documents.findById(documentId)
                .filter(d -> visibility.editable(d.getOwnerKind(), d.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Document " + documentId));
        if (document.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Document " + documentId, expectedVersion, document.getVersion());
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
     * an agreement); false when the record is not visible. Counts all documents, shared or not.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasDocument(DocumentOwnerKind kind, long ownerId, DocumentType type) {
        return readable(kind, ownerId) && documents.existsByOwnerKindAndOwnerIdAndType(kind, ownerId, type);
    }

    /**
     * Uploads and deletions of the record's documents, newest first, each with the document's title as subject and
     * field names {@link #HISTORY_FIELD_PREFIX} + one of {@link #HISTORY_FIELDS}; for a liaison only documents shared
     * with partners. The owner's view merges this into its own history ({@code RecordHistory.merge}).
     *
     * @throws RecordNotFoundException when the record is missing or not visible to the user
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyFor(DocumentOwnerKind kind, long ownerId) {
        requireReadable(kind, ownerId);
        boolean restricted = scope.isRestricted();
        var entries = history.historyOfMatching(Document.class,
                        AuditEntity.and(AuditEntity.property("ownerKind").eq(kind),
                                AuditEntity.property("ownerId").eq(ownerId)),
                        HISTORY_FIELDS,
                        state -> !restricted || ((Document) state).isSharedWithPartners(),
                        state -> ((Document) state).getTitle(),
                        // a document shared later: a partner's history begins when it was shared
                        policy.historyStates(state -> ((Document) state).isSharedWithPartners()))
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
     * {@code shownTitle}: the title in the reader's language, or null for the title as written.
     */
    private static DocumentItem toItem(Document d, String uploadedBy, LocalizedText shownTitle) {
        return new DocumentItem(d.getId(), d.getVersion(), d.getOwnerKind(), d.getOwnerId(), d.getType(),
                d.getLanguage(), d.getTitle(), d.getFileName(), d.getMediaType(), d.getSizeBytes(),
                d.isSharedWithPartners(), uploadedBy, d.getUploadedAt(),
                shownTitle == null ? LocalizedText.original(d.getTitle(), PortalLanguages.OFFICE_LANGUAGE) : shownTitle);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
