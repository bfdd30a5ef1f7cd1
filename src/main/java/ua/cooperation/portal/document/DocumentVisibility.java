package ua.cooperation.portal.document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PortalUser;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may see and change a document: exactly who may see and change its record (each owning feature's
 * {@link DocumentOwnerAccess}), and of those documents the one rule of {@link #seenByReader(Document)}: staff all; a
 * partner the accepted documents shared with partners, and her own uploads while they are pending or rejected (issue
 * 21). One rule for the service, its lists and history, and the translations of document titles.
 */
@Component
class DocumentVisibility {

    private final Map<DocumentOwnerKind, DocumentOwnerAccess> owners = new EnumMap<>(DocumentOwnerKind.class);
    private final CountryScope scope;
    private final CurrentUser currentUser;

    DocumentVisibility(ObjectProvider<DocumentOwnerAccess> ownerAccesses, CountryScope scope,
                       CurrentUser currentUser) {
        this.scope = scope;
        this.currentUser = currentUser;
        // a provider, not a List: until a feature provides one, there may be no access bean at all
        for (var access : ownerAccesses.orderedStream().toList()) {
            if (owners.put(access.kind(), access) != null) {
                // two rules for one kind would make visibility depend on bean order
                throw new IllegalStateException("More than one DocumentOwnerAccess for " + access.kind());
            }
        }
    }

    boolean visible(Document document) {
        return readable(document.getOwnerKind(), document.getOwnerId()) && seenByReader(document);
    }

    /**
     * The rule inside a record the reader may open (for history, also applied to a document's past states). Staff
     * uploads are accepted at once, so "her own" pending or rejected upload is always a partner's: an officer
     * previewing as a liaison sees none of her own unshared uploads.
     */
    boolean seenByReader(Document document) {
        if (!scope.isRestricted()) {
            return true;
        }
        return document.getReviewStatus() == DocumentReviewStatus.ACCEPTED
                ? document.isSharedWithPartners()
                : Objects.equals(document.getUploadedBy(), me());
    }

    /** {@link #seenByReader(Document)} as a query condition. */
    Specification<Document> seenByReader() {
        if (!scope.isRestricted()) {
            return (root, query, cb) -> cb.conjunction();
        }
        var me = me();
        return (root, query, cb) -> cb.or(
                cb.and(cb.equal(root.get("reviewStatus"), DocumentReviewStatus.ACCEPTED),
                        cb.isTrue(root.get("sharedWithPartners"))),
                me == null ? cb.disjunction()
                        : cb.and(cb.notEqual(root.get("reviewStatus"), DocumentReviewStatus.ACCEPTED),
                        cb.equal(root.get("uploadedBy"), me)));
    }

    /** Whether the document is the reader's own proposal, still pending or rejected: she may delete it. */
    boolean ownProposal(Document document) {
        return scope.isRestricted() && document.getReviewStatus() != DocumentReviewStatus.ACCEPTED
                && Objects.equals(document.getUploadedBy(), me());
    }

    boolean readable(DocumentOwnerKind kind, long ownerId) {
        return owner(kind).map(o -> o.canRead(ownerId)).orElse(false);
    }

    boolean editable(DocumentOwnerKind kind, long ownerId) {
        return owner(kind).map(o -> o.canEdit(ownerId)).orElse(false);
    }

    /** A kind without an access bean (its feature does not exist yet) has no visible records. */
    Optional<DocumentOwnerAccess> owner(DocumentOwnerKind kind) {
        return Optional.ofNullable(kind == null ? null : owners.get(kind));
    }

    Iterable<DocumentOwnerAccess> owners() {
        return owners.values();
    }

    private String me() {
        return currentUser.get().map(PortalUser::username).orElse(null);
    }
}
