package ua.cooperation.portal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A file attached to a business record (its owner: a partnership, programme or meeting, by kind and id). This entity
 * holds only the metadata and is audited, so that uploads and deletions stay in the owner's history; the bytes are in
 * {@code document_chunk} rows (see {@link DocumentContent}) and are not audited.
 */
@Entity
@Audited
@Table(name = "document")
class Document {

    static final int TITLE_MAX_LENGTH = 300;
    static final int REJECTION_REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 20)
    private DocumentOwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentType type;

    /** ISO 639-1 code of the document's language. */
    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    /** The sanitised original name, offered again as the download's name. */
    @Column(name = "file_name", nullable = false, length = FileNames.MAX_LENGTH)
    private String fileName;

    /** The media type detected from the content, not the one the browser claimed. */
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Hex SHA-256 of the content: lets a restore or a copy be checked against what was uploaded. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Staff uploads are accepted at once; a partner's waits for an officer (issue 21). */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 10)
    private DocumentReviewStatus reviewStatus = DocumentReviewStatus.ACCEPTED;

    /** The user name of the officer who accepted or rejected a partner's document. */
    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** Why the officer rejected it, for the partner who proposed it. */
    @Column(name = "rejection_reason", length = REJECTION_REASON_MAX_LENGTH)
    private String rejectionReason;

    protected Document() {
    }

    Document(DocumentOwnerKind ownerKind, long ownerId, DocumentType type, String language, String title,
             String fileName, String mediaType, long sizeBytes, String sha256, boolean sharedWithPartners,
             String uploadedBy, Instant uploadedAt, DocumentReviewStatus reviewStatus) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.type = type;
        this.language = language;
        this.title = title;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.sharedWithPartners = sharedWithPartners;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.reviewStatus = reviewStatus;
    }

    /** An officer accepts a pending document: from now on it is shared with the record's partners. */
    void accept(String officer, Instant at) {
        review(DocumentReviewStatus.ACCEPTED, officer, at, null);
    }

    /** An officer rejects a pending document: it stays visible to its uploader and the staff, with the reason. */
    void reject(String officer, Instant at, String reason) {
        review(DocumentReviewStatus.REJECTED, officer, at, reason);
    }

    private void review(DocumentReviewStatus status, String officer, Instant at, String reason) {
        this.reviewStatus = status;
        this.reviewedBy = officer;
        this.reviewedAt = at;
        this.rejectionReason = reason;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    DocumentOwnerKind getOwnerKind() {
        return ownerKind;
    }

    long getOwnerId() {
        return ownerId;
    }

    DocumentType getType() {
        return type;
    }

    String getLanguage() {
        return language;
    }

    String getTitle() {
        return title;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    DocumentReviewStatus getReviewStatus() {
        return reviewStatus;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getRejectionReason() {
        return rejectionReason;
    }
}
