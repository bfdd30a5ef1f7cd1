package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The signed-in user's notifications (ADR 0041): her own rows only, and of those only the ones whose record she may
 * open now (read-time scope: a liaison whose record was unshared no longer sees, nor counts, what she was told of it),
 * titled in her language through the features' scoped services, one query per kind of record per page. Another
 * user's notification, and one whose record she can no longer open, answers like a missing one.
 */
@Service
public class NotificationService {

    /** A liaison's bell counts at most this many unread notifications (shown as "99+" beyond). */
    public static final int COUNT_LIMIT = 100;
    private static final int CHUNK = 50;
    private static final int MAX_CHUNKS = 20;

    /** One stored row, before the reader's scope and language. */
    private record Row(long id, Instant createdAt, NotificationKind kind, TextOwnerKind subjectKind, long subjectId,
                       Long actorId, String remark, boolean read) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final CountryScope scope;
    private final Subjects subjects;
    private final UserDirectory users;
    private final LiaisonPreview preview;
    private final PortalTime time;

    NotificationService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, CountryScope scope,
                        Subjects subjects, UserDirectory users, LiaisonPreview preview, PortalTime time) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.scope = scope;
        this.subjects = subjects;
        this.users = users;
        this.preview = preview;
        this.time = time;
    }

    /**
     * How many unread notifications the reader has. Staff may open every record, so theirs is one indexed count;
     * a partner's counts only those whose record she may open now, read as her unread inbox is and stopping at
     * {@link #COUNT_LIMIT} (the bell then says "99+"): counting only her newest rows, the bell said 97 where the
     * inbox listed 98, when rows she may no longer open sat among them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countUnread() {
        var me = currentUser.require().id();
        var params = new MapSqlParameterSource("me", me);
        if (!scope.isRestricted()) {
            var count = jdbc.queryForObject("select count(*) from notification where recipient_id = :me"
                    + " and read_at is null", params, Long.class);
            return count == null ? 0 : (int) Math.min(Integer.MAX_VALUE, count);
        }
        return inbox(true, null, null, COUNT_LIMIT, Locale.ENGLISH).size();
    }

    /**
     * Up to {@code limit} of the reader's notifications older than the row {@code olderThan} (null: the newest),
     * newest first:
     * only unread ones when {@code unreadOnly}, only of {@code kind} when given; each titled in {@code language}.
     * Reads stored rows in chunks until the page is full, skipping those the reader may no longer open.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> inbox(boolean unreadOnly, NotificationKind kind, Long olderThan, int limit,
                                        Locale language) {
        var me = currentUser.require().id();
        var page = new ArrayList<NotificationItem>();
        var before = olderThan;
        for (int chunk = 0; chunk < MAX_CHUNKS && page.size() < limit; chunk++) {
            var rows = rows(me, unreadOnly, kind, before, Math.max(limit, CHUNK));
            page.addAll(visible(rows, language));
            if (rows.size() < Math.max(limit, CHUNK)) {
                break;
            }
            before = rows.getLast().id();
        }
        return page.size() > limit ? List.copyOf(page.subList(0, limit)) : page;
    }

    /** Marks one of the reader's notifications read; another's, or one she may no longer open, is "not found". */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public void markRead(long id) {
        var me = currentUser.require().id();
        var found = jdbc.query("select subject_kind, subject_id from notification where id = :id and recipient_id"
                        + " = :me", new MapSqlParameterSource("id", id).addValue("me", me),
                (rs, n) -> Map.entry(TextOwnerKind.valueOf(rs.getString(1)), rs.getLong(2)));
        if (found.isEmpty() || !subjects.isVisible(found.getFirst().getKey(), found.getFirst().getValue())) {
            throw new RecordNotFoundException("Notification " + id);
        }
        jdbc.update("update notification set read_at = :now where id = :id and read_at is null",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(time.now())));
    }

    /** Marks every notification of the reader read; returns how many were unread. */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public int markAllRead() {
        return jdbc.update("update notification set read_at = :now where recipient_id = :me and read_at is null",
                new MapSqlParameterSource("me", currentUser.require().id()).addValue("now",
                        Timestamp.from(time.now())));
    }

    /**
     * The signed-in user's notifications of {@code ids} whose record she may open now, titled in {@code language}:
     * what a message to her may say (the mail job and the digest run this as the recipient, at send time).
     */
    @Transactional(readOnly = true)
    List<NotificationItem> forDelivery(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.query("select id, created_at, event_kind, subject_kind, subject_id, actor_id, remark, read_at"
                + " from notification where recipient_id = :me and id in (:ids) order by id",
                new MapSqlParameterSource("me", currentUser.require().id()).addValue("ids", ids), this::row);
        return visible(rows, language);
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                NotificationKind.valueOf(rs.getString("event_kind")), TextOwnerKind.valueOf(
                rs.getString("subject_kind")), rs.getLong("subject_id"), (Long) rs.getObject("actor_id", Long.class),
                rs.getString("remark"), rs.getTimestamp("read_at") != null);
    }

    private List<Row> rows(long me, boolean unreadOnly, NotificationKind kind, Long beforeId, int limit) {
        var sql = new StringBuilder("select id, created_at, event_kind, subject_kind, subject_id, actor_id, remark,"
                + " read_at from notification where recipient_id = :me");
        var params = new MapSqlParameterSource("me", me).addValue("limit", limit);
        if (unreadOnly) {
            sql.append(" and read_at is null");
        }
        if (kind != null) {
            sql.append(" and event_kind = :kind");
            params.addValue("kind", kind.name());
        }
        if (beforeId != null) {
            sql.append(" and id < :before");
            params.addValue("before", beforeId);
        }
        sql.append(" order by id desc limit :limit");
        return jdbc.query(sql.toString(), params, this::row);
    }

    /** The rows whose record the reader may open now, titled in her language: one query per kind of record. */
    private List<NotificationItem> visible(List<Row> rows, Locale language) {
        var byKind = new EnumMap<TextOwnerKind, Collection<Long>>(TextOwnerKind.class);
        rows.forEach(r -> byKind.computeIfAbsent(r.subjectKind(), k -> new HashSet<>()).add(r.subjectId()));
        var shown = new EnumMap<TextOwnerKind, Map<Long, Subjects.Shown>>(TextOwnerKind.class);
        byKind.forEach((kind, ids) -> shown.put(kind, subjects.visible(kind, ids, language)));
        var kept = rows.stream().filter(r -> shown.get(r.subjectKind()).containsKey(r.subjectId())).toList();
        var actors = users.displayNames(kept.stream().map(Row::actorId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        // an officer previewing as a liaison reads her own rows, written for staff: no remark a partner may not read
        boolean remarks = preview.previewedCountry().isEmpty();
        return kept.stream().map(r -> {
            var subject = shown.get(r.subjectKind()).get(r.subjectId());
            return new NotificationItem(r.id(), r.createdAt(), r.kind(), r.subjectKind(), r.subjectId(),
                    r.actorId() == null ? null : actors.get(r.actorId()), remarks ? r.remark() : null,
                    subject.title(), subject.href(), r.read());
        }).toList();
    }
}
