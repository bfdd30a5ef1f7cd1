package ua.cooperation.portal.document;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

    boolean existsByOwnerKindAndOwnerIdAndTypeAndReviewStatus(DocumentOwnerKind ownerKind, long ownerId,
                                                              DocumentType type, DocumentReviewStatus reviewStatus);
}
