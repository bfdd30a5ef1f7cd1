package ua.cooperation.portal.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history revision of a writing transaction, for changes kept outside the audited tables (translations, ADR 0040)
 * that belong in the same history, in order and with their author. A component for services that have already
 * checked the caller's rights, not an entry point of its own.
 */
@Component
public class Revisions {

    private final EntityManager entityManager;

    Revisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The revision of the running transaction, made now if no audited record has changed in it yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long ofThisTransaction() {
        return AuditReaderFactory.get(entityManager).getCurrentRevision(RevisionInfo.class, true).getId();
    }
}
