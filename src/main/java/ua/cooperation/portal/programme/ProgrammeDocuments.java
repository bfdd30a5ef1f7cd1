package ua.cooperation.portal.programme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.document.DocumentOwnerFacts;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.ScopedDocumentOwner;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.TranslationQueries;

import java.util.Optional;

/** A programme's documents are as visible as the programme ({@link VisibleProgrammes}). */
@Component
class ProgrammeDocuments extends ScopedDocumentOwner {

    private final VisibleProgrammes programmes;

    ProgrammeDocuments(VisibleProgrammes programmes, AccessPolicy policy) {
        super(DocumentOwnerKind.PROGRAMME, policy);
        this.programmes = programmes;
    }

    @Override
    protected boolean inScope(long ownerId) {
        return programmes.find(ownerId).isPresent();
    }

    @Override
    public String address(long ownerId) {
        return ProgrammeLinks.details(ownerId);
    }

    @Override
    public String sharedWithReadersOf(String ownerIdColumn) {
        return "EXISTS (SELECT 1 FROM programme p WHERE p.id = " + ownerIdColumn + " AND p.shared_with_partners = TRUE"
                + " AND " + TranslationQueries.oneOfItsCountriesReads("programme_country", "programme_id", "p.id") + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentOwnerFacts> facts(long ownerId) {
        return programmes.find(ownerId).map(p -> new DocumentOwnerFacts(p.getCountryCodes(), p.isSharedWithPartners(),
                null));
    }
}
