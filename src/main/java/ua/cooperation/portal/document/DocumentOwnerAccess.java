package ua.cooperation.portal.document;

import java.util.Optional;

/**
 * How the documents feature learns whether the current user may see or change the record that documents belong to.
 * Each feature that owns documents (partnerships, programmes, meetings) provides one Spring bean for its
 * {@link #kind()}, applying its own scope rule, so that a document is never more visible than its record.
 */
public interface DocumentOwnerAccess {

    DocumentOwnerKind kind();

    /** Whether the current user may see the record (false for a missing record too). */
    boolean canRead(long ownerId);

    /** Whether the current user may attach and delete documents of the record. */
    boolean canEdit(long ownerId);

    /** The address of the record's page, where its documents are listed. */
    String address(long ownerId);

    /**
     * An SQL condition on the owner id column {@code ownerIdColumn} that holds when the record is shared with the
     * partners who read the language bound as {@code :language} (their country's partner language, ADR 0040): the
     * translation work list asks it for documents shared with partners.
     */
    String sharedWithReadersOf(String ownerIdColumn);

    /**
     * What notifications about the record's documents need of it (countries, shared, responsible officer), when the
     * current user may see it; empty otherwise.
     */
    Optional<DocumentOwnerFacts> facts(long ownerId);
}
