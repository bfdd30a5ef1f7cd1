package ua.cooperation.portal.partnership;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerFacts;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.ScopedDocumentOwner;
import ua.cooperation.portal.security.AccessPolicy;

import java.util.Optional;
import java.util.Set;

/** A partnership's documents are as visible as the partnership ({@link VisiblePartnerships}). */
@Component
class PartnershipDocuments extends ScopedDocumentOwner {

    private final VisiblePartnerships partnerships;

    PartnershipDocuments(VisiblePartnerships partnerships, AccessPolicy policy) {
        super(DocumentOwnerKind.PARTNERSHIP, policy);
        this.partnerships = partnerships;
    }

    @Override
    protected boolean inScope(long ownerId) {
        return partnerships.find(ownerId).isPresent();
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

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentOwnerFacts> facts(long ownerId) {
        return partnerships.find(ownerId).map(p -> new DocumentOwnerFacts(Set.of(p.getCountryCode()),
                p.isSharedWithPartners(), null));
    }
}
