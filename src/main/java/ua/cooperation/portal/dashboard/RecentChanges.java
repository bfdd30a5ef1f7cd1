package ua.cooperation.portal.dashboard;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.dashboard.DashboardRows.ChangedRecord;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.programme.ProgrammeService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static ua.cooperation.portal.dashboard.DashboardService.RECENT_SIZE;

/** The officer's "recently changed" panel, read from the record history (Envers revisions). */
@Component
class RecentChanges {

    private final EntityManager entityManager;
    private final DashboardQueries queries;
    private final ProgrammeService programmes;
    private final PartnershipService partnerships;

    RecentChanges(EntityManager entityManager, DashboardQueries queries, ProgrammeService programmes,
                  PartnershipService partnerships) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.programmes = programmes;
        this.partnerships = partnerships;
    }

    /**
     * The latest revisions of partnerships, programmes and meetings (one row per record, its newest change), newest
     * first, as far as the reader may see the record.
     */
    List<ChangedRecord> recentlyChanged(Locale language) {
        var reader = AuditReaderFactory.get(entityManager);
        record Revision(ChangedRecord.Kind kind, long id, long rev, long timestamp, String username,
                        RevisionType type) {
        }
        var latest = new ArrayList<Revision>();
        var kinds = Map.of(ChangedRecord.Kind.PARTNERSHIP, Partnership.class, ChangedRecord.Kind.PROGRAMME,
                Programme.class, ChangedRecord.Kind.MEETING, Meeting.class);
        for (var entry : kinds.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery()
                    .forRevisionsOfEntity(entry.getValue(), false, true)
                    .addProjection(AuditEntity.id())
                    .addProjection(AuditEntity.revisionNumber())
                    .addProjection(AuditEntity.revisionProperty("timestamp"))
                    .addProjection(AuditEntity.revisionProperty("username"))
                    .addProjection(AuditEntity.revisionType())
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(RECENT_SIZE * 3)
                    .getResultList();
            var seen = new HashSet<Long>();
            for (var row : rows) {
                var id = ((Number) row[0]).longValue();
                if (seen.add(id) && row[4] != RevisionType.DEL) {
                    latest.add(new Revision(entry.getKey(), id, ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(), (String) row[3], (RevisionType) row[4]));
                }
            }
        }
        latest.sort(Comparator.comparingLong(Revision::rev).reversed());
        var names = new HashMap<ChangedRecord.Kind, Map<Long, String>>();
        for (var kind : ChangedRecord.Kind.values()) {
            var ids = latest.stream().filter(r -> r.kind() == kind).map(Revision::id).toList();
            names.put(kind, ids.isEmpty() ? Map.of() : switch (kind) {
                case PARTNERSHIP -> partnershipNames(ids, language);
                case PROGRAMME -> programmeNames(ids, language);
                case MEETING -> meetingNames(ids);
            });
        }
        // a record the reader may not see (or one deleted since) has no name here and is left out
        return latest.stream()
                .filter(r -> names.get(r.kind()).containsKey(r.id()))
                .limit(RECENT_SIZE)
                .map(r -> new ChangedRecord(r.kind(), r.id(), names.get(r.kind()).get(r.id()),
                        Instant.ofEpochMilli(r.timestamp()), r.username(), r.type() == RevisionType.ADD))
                .toList();
    }

    /**
     * "hromada — partner" in the reader's language (a partner organisation's Lithuanian or Polish name, ADR 0040),
     * through the partnerships' own scope.
     */
    private Map<Long, String> partnershipNames(List<Long> ids, Locale language) {
        return partnerships.findVisibleNames(ids, language);
    }

    /** The titles in the reader's language (ADR 0040), through the programmes' own scope. */
    private Map<Long, String> programmeNames(List<Long> ids, Locale language) {
        var names = new HashMap<Long, String>();
        programmes.findVisibleTitles(ids, language).forEach((id, title) -> names.put(id, title.text()));
        return names;
    }

    private Map<Long, String> meetingNames(List<Long> ids) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Meeting.class);
        query.multiselect(root.get("id"), root.get("title"))
                .where(cb.and(root.get("id").in(ids), queries.meetingScope().toPredicate(root, query, cb)));
        var names = new HashMap<Long, String>();
        for (var t : entityManager.createQuery(query).getResultList()) {
            names.put(t.get(0, Long.class), t.get(1, String.class));
        }
        return names;
    }
}
