package ua.cooperation.portal.document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.CountryScope;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may see and change a document: exactly who may see and change its record (each owning feature's
 * {@link DocumentOwnerAccess}), and a partner only what is shared with partners. One rule for the service and the
 * translations of document titles.
 */
@Component
class DocumentVisibility {

    private final Map<DocumentOwnerKind, DocumentOwnerAccess> owners = new EnumMap<>(DocumentOwnerKind.class);
    private final CountryScope scope;

    DocumentVisibility(ObjectProvider<DocumentOwnerAccess> ownerAccesses, CountryScope scope) {
        this.scope = scope;
        // a provider, not a List: until a feature provides one, there may be no access bean at all
        for (var access : ownerAccesses.orderedStream().toList()) {
            if (owners.put(access.kind(), access) != null) {
                // two rules for one kind would make visibility depend on bean order
                throw new IllegalStateException("More than one DocumentOwnerAccess for " + access.kind());
            }
        }
    }

    boolean visible(Document document) {
        return readable(document.getOwnerKind(), document.getOwnerId())
                && (!scope.isRestricted() || document.isSharedWithPartners());
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
}
