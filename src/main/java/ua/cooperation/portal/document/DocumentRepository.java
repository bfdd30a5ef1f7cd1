package ua.cooperation.portal.document;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByOwnerKindAndOwnerIdOrderByIdDesc(DocumentOwnerKind ownerKind, long ownerId);

    List<Document> findByOwnerKindAndOwnerIdAndSharedWithPartnersTrueOrderByIdDesc(DocumentOwnerKind ownerKind,
                                                                                   long ownerId);

    boolean existsByOwnerKindAndOwnerIdAndType(DocumentOwnerKind ownerKind, long ownerId, DocumentType type);
}
