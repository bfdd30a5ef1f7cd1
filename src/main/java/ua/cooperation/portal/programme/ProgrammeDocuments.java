package ua.cooperation.portal.programme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.AccessPolicy;

/**
 * A programme's documents are exactly as visible as the programme (the liaison scope of {@link VisibleProgrammes});
 * whoever the access policy lets upload (officers and administrators, never a partner) attaches and deletes them.
 */
@Component
class ProgrammeDocuments implements DocumentOwnerAccess {

    private final VisibleProgrammes programmes;
    private final AccessPolicy policy;

    ProgrammeDocuments(VisibleProgrammes programmes, AccessPolicy policy) {
        this.programmes = programmes;
        this.policy = policy;
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
        return policy.permissions().mayUpload() && canRead(ownerId);
    }

    @Override
    public String address(long ownerId) {
        return ProgrammeLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM programme p JOIN programme_country pc ON pc.programme_id = p.id"
                + " JOIN country c ON c.code = pc.country_code WHERE p.id = " + ownerIdColumn
                + " AND p.shared_with_partners = TRUE AND COALESCE(c.partner_language, 'en') = :language)";
    }
}
