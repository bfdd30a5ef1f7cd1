package ua.cooperation.portal.document;

import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.AccessPolicy;

/**
 * The documents of a record whose feature keeps the reader's scope: they are exactly as visible as the record (its
 * feature's scoped finder, {@link #inScope}), and whoever the access policy lets upload (officers and administrators,
 * never a partner) attaches and deletes them. Partnerships, programmes and meetings extend it.
 */
public abstract class ScopedDocumentOwner implements DocumentOwnerAccess {

    private final DocumentOwnerKind kind;
    private final AccessPolicy policy;

    protected ScopedDocumentOwner(DocumentOwnerKind kind, AccessPolicy policy) {
        this.kind = kind;
        this.policy = policy;
    }

    /** Whether the current user finds the record through its feature's scope (false for a missing record too). */
    protected abstract boolean inScope(long ownerId);

    // not final: the transactional proxy must pass the call on to this instance, whose fields are set
    @Override
    public DocumentOwnerKind kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long ownerId) {
        return inScope(ownerId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(long ownerId) {
        return policy.permissions().mayUpload() && inScope(ownerId);
    }
}
