package ua.cooperation.portal.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the kept history (Hibernate Envers) of one record as a list of field-level changes, newest first.
 * <p>
 * This service does not check who may see the record: each feature's service calls it only after its own scope
 * check, so that history is exactly as visible as the record itself.
 */
@Service
public class RecordHistory {

    private final EntityManager entityManager;

    RecordHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The changes of the record of type {@code entityType} with the given id, newest first; {@code fields} names
     * the audited properties to compare, in the order they should be listed.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(Class<?> entityType, Object id, List<String> fields) {
        return historyOf(entityType, id, fields, state -> true);
    }

    /**
     * The changes as {@link #historyOf(Class, Object, List)} lists them, as far back as the reader has seen the
     * record: {@code readerSees} tells whether the reader may see the record in a past state (for a liaison: shared
     * with partners and of one of her countries). Only the changes since the record last became visible are listed;
     * the change that made it visible is listed as {@link HistoryEntry.Kind#SHARED}, with the values it then had and
     * without the ones before, which the reader never saw.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(Class<?> entityType, Object id, List<String> fields,
                                        Predicate<Object> readerSees) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return toEntries(rows, fields, state -> null, readerSees);
    }

    /**
     * The changes of all records of type {@code entityType} whose {@code relation} points to {@code relatedId} (for
     * example the posts of an organisation), newest first, each labelled by {@code subject} from its latest state.
     * Records whose latest state fails {@code include} are left out (the caller's scope rule).
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOfRelated(Class<?> entityType, String relation, Object relatedId,
                                               List<String> fields, java.util.function.Predicate<Object> include,
                                               Function<Object, String> subject) {
        return historyOfMatching(entityType, AuditEntity.relatedId(relation).eq(relatedId), fields, include, subject);
    }

    /**
     * The changes of all records of type {@code entityType} whose stored state matches {@code criterion} (for example
     * the documents of one owner, by owner kind and id), newest first, each labelled by {@code subject} from its latest
     * state. Records whose latest state fails {@code include} are left out (the caller's scope rule).
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOfMatching(Class<?> entityType, AuditCriterion criterion, List<String> fields,
                                                Predicate<Object> include, Function<Object, String> subject) {
        return historyOfMatching(entityType, criterion, fields, include, subject, state -> true);
    }

    /**
     * As {@link #historyOfMatching(Class, AuditCriterion, List, Predicate, Function)}, each record's changes only as
     * far back as the reader has seen it ({@code readerSees}, see {@link #historyOf(Class, Object, List, Predicate)}).
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOfMatching(Class<?> entityType, AuditCriterion criterion, List<String> fields,
                                                Predicate<Object> include, Function<Object, String> subject,
                                                Predicate<Object> readerSees) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var util = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        var byRecord = new java.util.LinkedHashMap<Object, List<Object[]>>();
        for (var row : rows) {
            byRecord.computeIfAbsent(util.getIdentifier(row[0]), k -> new ArrayList<>()).add(row);
        }
        var entries = new ArrayList<HistoryEntry>();
        for (var recordRows : byRecord.values()) {
            var latest = recordRows.getLast()[0];
            if (!include.test(latest)) {
                continue;
            }
            entries.addAll(toEntries(recordRows, fields, state -> subject.apply(latest), readerSees));
        }
        entries.sort(java.util.Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    /**
     * A record's own history merged with that of related records (its documents, its decisions …), newest first. When
     * the reader has seen the record only since it was shared ({@link HistoryEntry.Kind#SHARED}), the related
     * records' changes from before are left out too.
     */
    public static List<HistoryEntry> mergeSeen(List<HistoryEntry> own, List<HistoryEntry> related) {
        var shared = own.stream().filter(e -> e.kind() == HistoryEntry.Kind.SHARED)
                .mapToLong(HistoryEntry::revision).max();
        if (shared.isEmpty()) {
            return merge(own, related);
        }
        return merge(own, related.stream().filter(e -> e.revision() >= shared.getAsLong()).toList());
    }

    /** Merges several histories into one, newest first. */
    public static List<HistoryEntry> merge(List<HistoryEntry> first, List<HistoryEntry> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(java.util.Comparator.comparingLong(HistoryEntry::revision).reversed());
        return all;
    }

    /**
     * Also drops what the reader never saw: the rows up to the last one in which {@code readerSees} fails are left
     * out, and the first row after them is listed as SHARED with its values only (a deletion counts as seen when the
     * state before it was).
     */
    private List<HistoryEntry> toEntries(List<Object[]> rows, List<String> fields, Function<Object, String> subject,
                                         Predicate<Object> readerSees) {
        int firstSeen = 0;
        boolean seen = false;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            seen = row[2] == RevisionType.DEL ? seen : readerSees.test(row[0]);
            if (!seen) {
                firstSeen = i + 1;
            }
        }
        var entries = new ArrayList<HistoryEntry>();
        Object previous = null;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var state = row[0];
            if (i < firstSeen) {
                previous = row[2] == RevisionType.DEL ? null : state;
                continue;
            }
            var revision = (RevisionInfo) row[1];
            var type = (RevisionType) row[2];
            var kind = switch (type) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            if (i == firstSeen && firstSeen > 0 && kind == HistoryEntry.Kind.CHANGED) {
                // the reader never saw the values before: list this change as the record's first state for them
                kind = HistoryEntry.Kind.SHARED;
                previous = null;
            }
            var changes = new ArrayList<HistoryEntry.FieldChange>();
            if (kind != HistoryEntry.Kind.DELETED) {
                for (var field : fields) {
                    var newValue = read(state, field);
                    var oldValue = previous == null ? null : read(previous, field);
                    boolean changed = previous == null ? newValue != null : !Objects.equals(oldValue, newValue);
                    if (changed) {
                        changes.add(new HistoryEntry.FieldChange(field, oldValue, newValue));
                    }
                }
            }
            entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), kind, subject.apply(state), List.copyOf(changes)));
            previous = kind == HistoryEntry.Kind.DELETED ? null : state;
        }
        return entries.reversed();
    }

    /**
     * A property's value; a related record is given as its id, so that equal references compare equal, and a
     * collection as a plain copy.
     */
    private Object read(Object entity, String property) {
        try {
            Field field = findField(entity.getClass(), property);
            field.setAccessible(true);
            var value = field.get(entity);
            if (value != null && (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
                    || value instanceof org.hibernate.proxy.HibernateProxy)) {
                return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
            }
            // an audited collection is lazy: copy it while the transaction is open, so that the history can be
            // shown after it has closed
            if (value instanceof java.util.Set<?> set) {
                return java.util.Set.copyOf(set);
            }
            if (value instanceof java.util.Collection<?> collection) {
                return List.copyOf(collection);
            }
            // a map of an element collection too (a visit's delegation: person → role), else it is read later
            if (value instanceof java.util.Map<?, ?> map) {
                return java.util.Map.copyOf(map);
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No readable property " + property + " on " + entity.getClass(), e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            var match = Arrays.stream(c.getDeclaredFields())
                    .filter(f -> f.getName().equals(name) && !Modifier.isStatic(f.getModifiers()))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw new NoSuchFieldException(Introspector.decapitalize(name));
    }
}
