package ua.cooperation.portal.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;
import ua.cooperation.portal.translation.TranslationQueries;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's title is what partners read in a record's documents list: it is translated like the record's own texts
 * (ADR 0040). A document is exactly as visible as its record, and a partner's only when shared with partners
 * ({@link DocumentVisibility}); who may attach documents to the record may translate their titles.
 */
@Component
class DocumentTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    private static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.DOCUMENT, TITLE, Document.TITLE_MAX_LENGTH, "document.field.title", false));

    private final DocumentRepository documents;
    private final DocumentVisibility visibility;
    private final JdbcClient jdbc;

    DocumentTextOwner(DocumentRepository documents, DocumentVisibility visibility, DataSource dataSource) {
        this.documents = documents;
        this.visibility = visibility;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.DOCUMENT;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OwnerTexts> find(long id) {
        return documents.findById(id).filter(visibility::visible).flatMap(d -> visibility.owner(d.getOwnerKind())
                .map(owner -> new OwnerTexts(kind(), id, d.getTitle(), owner.address(d.getOwnerId()),
                        Map.of(TITLE, d.getTitle()), visibility.editable(d.getOwnerKind(), d.getOwnerId()),
                        d.getUploadedAt())));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        var found = new ArrayList<OwnerTexts>();
        for (var owner : visibility.owners()) {
            found.addAll(jdbc.sql("SELECT d.id, d.title, d.owner_id, d.uploaded_at" + where(owner)
                            + " ORDER BY d.uploaded_at DESC, d.id DESC LIMIT " + limit)
                    .param("kind", owner.kind().name()).param("language", language)
                    .query((rs, n) -> new OwnerTexts(kind(), rs.getLong("id"), rs.getString("title"),
                            owner.address(rs.getLong("owner_id")), Map.of(TITLE, rs.getString("title")), true,
                            rs.getTimestamp("uploaded_at").toInstant()))
                    .list());
        }
        found.sort(Comparator.comparing(OwnerTexts::changedAt).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        long count = 0;
        for (var owner : visibility.owners()) {
            count += jdbc.sql(TranslationQueries.countUpTo(where(owner), limit)).param("kind", owner.kind().name())
                    .param("language", language).query(Long.class).single();
        }
        return count;
    }

    /**
     * Documents of one kind of record, accepted and shared with partners who read {@code :language}, whose title is not
     * yet theirs (a partner's proposal waits for the office's review first).
     */
    private static String where(DocumentOwnerAccess owner) {
        return " FROM document d WHERE d.owner_kind = :kind AND d.shared_with_partners = TRUE"
                + " AND d.review_status = 'ACCEPTED'"
                + " AND " + owner.sharedWithReadersOf("d.owner_id")
                + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.DOCUMENT, "d.id")
                + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.DOCUMENT, "d.id", Map.of(TITLE, "d.title"));
    }
}
