package ua.cooperation.portal.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
        var reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var entries = new ArrayList<HistoryEntry>();
        Object previous = null;
        for (var row : rows) {
            var state = row[0];
            var revision = (RevisionInfo) row[1];
            var type = (RevisionType) row[2];
            var kind = switch (type) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
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
                    revision.getUsername(), kind, List.copyOf(changes)));
            previous = kind == HistoryEntry.Kind.DELETED ? null : state;
        }
        return entries.reversed();
    }

    private static Object read(Object entity, String property) {
        try {
            Field field = findField(entity.getClass(), property);
            field.setAccessible(true);
            return field.get(entity);
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
