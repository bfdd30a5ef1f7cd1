package ua.cooperation.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.Decision;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.visit.Visit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the search index current in the transaction that changes the records (ADR 0018). Hibernate tells this
 * listener of every insert, update and delete of an indexed entity (and of changes to their element collections, such
 * as a meeting's countries); it notes the record, and when the transaction completes, after Hibernate's last flush and
 * before the commit, {@link SearchIndexer} re-reads those records on the transaction's connection and rewrites their
 * index rows. So an index row commits or rolls back with its record: no stale hit after a save, no hit of a record
 * that was rolled back; two transactions changing the same record are ordered by the record's row lock and version.
 * No feature needs to call the index; a new indexed entity is added here and in {@link SearchIndexer}.
 */
@Component
class SearchIndexListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    /** Per open session (so per transaction on its thread): what changed and is not indexed yet. */
    private final Map<SharedSessionContractImplementor, SearchIndexer.Changes> pendingBySession =
            new ConcurrentHashMap<>();

    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndexer indexer;

    SearchIndexListener(EntityManagerFactory entityManagerFactory, SearchIndexer indexer) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexer = indexer;
    }

    @PostConstruct
    void register() {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    @Override
    public boolean requiresPostCommitHandling(org.hibernate.persister.entity.EntityPersister persister) {
        return false;
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        var owner = event.getAffectedOwnerOrNull();
        if (owner != null) {
            changed(event.getSession(), owner, event.getAffectedOwnerIdOrNull());
        }
    }

    private void changed(SharedSessionContractImplementor session, Object entity, Object id) {
        if (id == null || !isIndexed(entity)) {
            return;
        }
        var changes = pending(session);
        switch (entity) {
            case Country c -> changes.add(SearchKind.COUNTRY, SearchKind.countryId((String) id));
            case Organisation o -> changes.add(SearchKind.ORGANISATION, (Long) id);
            case Person p -> changes.add(SearchKind.PERSON, (Long) id);
            case Municipality m -> changes.municipalities.add((Long) id);
            case Partnership p -> changes.add(SearchKind.PARTNERSHIP, (Long) id);
            case Programme p -> changes.add(SearchKind.PROGRAMME, (Long) id);
            case Meeting m -> changes.add(SearchKind.MEETING, (Long) id);
            case Decision d -> changes.add(SearchKind.DECISION, (Long) id);
            case ActionItem a -> changes.add(SearchKind.ACTION_ITEM, (Long) id);
            case Visit v -> changes.add(SearchKind.VISIT, (Long) id);
            default -> throw new IllegalStateException("not indexed: " + entity.getClass());
        }
    }

    private static boolean isIndexed(Object entity) {
        return entity instanceof Country || entity instanceof Organisation || entity instanceof Person
                || entity instanceof Municipality || entity instanceof Partnership || entity instanceof Programme
                || entity instanceof Meeting || entity instanceof Decision || entity instanceof ActionItem
                || entity instanceof Visit;
    }

    /**
     * The changes noted in the session's current transaction. The first change registers the indexing with Hibernate,
     * which runs it before the transaction completes, after its last flush (as Envers writes its history rows), on the
     * transaction's connection; a rollback discards the changes.
     */
    private SearchIndexer.Changes pending(SharedSessionContractImplementor session) {
        var existing = pendingBySession.get(session);
        if (existing != null) {
            return existing;
        }
        var created = new SearchIndexer.Changes();
        pendingBySession.put(session, created);
        var callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> {
            pendingBySession.remove(session);
            if (!created.isEmpty()) {
                indexer.apply(created);
            }
        });
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) ->
                pendingBySession.remove(session));
        return created;
    }
}
