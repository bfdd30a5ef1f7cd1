package ua.cooperation.portal.visit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerFacts;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.ScopedDocumentOwner;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.TranslationQueries;

import java.util.Optional;

/** A visit's documents are as visible as the visit ({@link VisibleVisits}). */
@Component
class VisitDocuments extends ScopedDocumentOwner {

    private final VisibleVisits visits;

    VisitDocuments(VisibleVisits visits, AccessPolicy policy) {
        super(DocumentOwnerKind.VISIT, policy);
        this.visits = visits;
    }

    @Override
    protected boolean inScope(long ownerId) {
        return visits.find(ownerId).isPresent();
    }

    @Override
    public String address(long ownerId) {
        return VisitLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM visit v WHERE v.id = " + ownerIdColumn + " AND v.shared_with_partners = TRUE"
                + " AND " + TranslationQueries.oneOfItsCountriesReads("visit_country", "visit_id", "v.id") + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentOwnerFacts> facts(long ownerId) {
        return visits.find(ownerId).map(v -> new DocumentOwnerFacts(v.getCountryCodes(), v.isSharedWithPartners(),
                v.getResponsibleUserId()));
    }
}
