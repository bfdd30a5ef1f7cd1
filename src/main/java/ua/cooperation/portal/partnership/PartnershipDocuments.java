package ua.cooperation.portal.partnership;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

/**
 * A partnership's documents are exactly as visible as the partnership (the liaison scope of
 * {@link VisiblePartnerships}); officers and administrators attach and delete them.
 */
@Component
class PartnershipDocuments implements DocumentOwnerAccess {

    private final VisiblePartnerships partnerships;
    private final CurrentUser currentUser;

    PartnershipDocuments(VisiblePartnerships partnerships, CurrentUser currentUser) {
        this.partnerships = partnerships;
        this.currentUser = currentUser;
    }

    @Override
    public DocumentOwnerKind kind() {
        return DocumentOwnerKind.PARTNERSHIP;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long ownerId) {
        return partnerships.find(ownerId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(long ownerId) {
        var user = currentUser.get();
        return user.isPresent() && (user.get().hasRole(Role.OFFICER) || user.get().hasRole(Role.ADMIN))
                && !user.get().isCountryRestricted() && canRead(ownerId);
    }
}
