package ua.cooperation.portal.partnership;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.AccessPolicy;

/**
 * A partnership's documents are exactly as visible as the partnership (the liaison scope of
 * {@link VisiblePartnerships}); whoever the access policy lets upload (officers and administrators, never a partner)
 * attaches and deletes them.
 */
@Component
class PartnershipDocuments implements DocumentOwnerAccess {

    private final VisiblePartnerships partnerships;
    private final AccessPolicy policy;

    PartnershipDocuments(VisiblePartnerships partnerships, AccessPolicy policy) {
        this.partnerships = partnerships;
        this.policy = policy;
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
        return policy.permissions().mayUpload() && canRead(ownerId);
    }

    @Override
    public String address(long ownerId) {
        return PartnershipLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM partnership p JOIN country c ON c.code = p.country_code WHERE p.id = "
                + ownerIdColumn + " AND p.shared_with_partners = TRUE"
                + " AND COALESCE(c.partner_language, 'en') = :language)";
    }
}
