package ua.cooperation.portal.programme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

/**
 * A programme's documents are exactly as visible as the programme (the liaison scope of {@link VisibleProgrammes});
 * officers and administrators attach and delete them.
 */
@Component
class ProgrammeDocuments implements DocumentOwnerAccess {

    private final VisibleProgrammes programmes;
    private final CurrentUser currentUser;

    ProgrammeDocuments(VisibleProgrammes programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public DocumentOwnerKind kind() {
        return DocumentOwnerKind.PROGRAMME;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long ownerId) {
        return programmes.find(ownerId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(long ownerId) {
        var user = currentUser.get();
        return user.isPresent() && (user.get().hasRole(Role.OFFICER) || user.get().hasRole(Role.ADMIN))
                && !user.get().isCountryRestricted() && canRead(ownerId);
    }
}
