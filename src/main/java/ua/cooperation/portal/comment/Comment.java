package ua.cooperation.portal.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Instant;

/**
 * One comment under a record (a meeting, a partnership, a programme, a decision), named by kind and id. The text is
 * plain and stays as written; an edit replaces it and says when; a removal clears it and keeps who wrote it, when, and
 * who removed it, so that the thread shows "comment removed" in its place.
 */
@Entity
@Table(name = "record_comment")
class Comment {

    /** The longest text of a comment, as the column holds it. */
    static final int BODY_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 30)
    private TextOwnerKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_username", nullable = false, length = 100)
    private String authorUsername;

    @Column(length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "staff_only", nullable = false)
    private boolean staffOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    protected Comment() {
    }

    Comment(TextOwnerKind subjectKind, long subjectId, long authorId, String authorUsername, String body,
            boolean staffOnly, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.authorId = authorId;
        this.authorUsername = authorUsername;
        this.body = body;
        this.staffOnly = staffOnly;
        this.createdAt = createdAt;
    }

    void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    void remove(String by, Instant at) {
        this.body = null;
        this.removedBy = by;
        this.removedAt = at;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    TextOwnerKind getSubjectKind() {
        return subjectKind;
    }

    long getSubjectId() {
        return subjectId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getAuthorUsername() {
        return authorUsername;
    }

    String getBody() {
        return body;
    }

    boolean isStaffOnly() {
        return staffOnly;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    Instant getRemovedAt() {
        return removedAt;
    }

    String getRemovedBy() {
        return removedBy;
    }
}
