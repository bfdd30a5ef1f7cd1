package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the notifications of one {@link Event} in the transaction of the change (the outbox: they commit or roll
 * back with it). The recipients are decided when it happens: the accounts the rules name and the record's followers,
 * never the actor, each once, active accounts only, not those whose preference for the kind is OFF; a partner (an
 * account without a staff role) only when the record is shared with partners and of one of her countries, decided
 * from the event's facts in one query for all of them. A remark the writer kept for the office is not written into a
 * partner's row. A fixed number of queries per event, whatever the number of followers, and one batch of inserts.
 */
@Component
class NotificationWriter {

    static final int REMARK_MAX_LENGTH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final NotificationPreferences preferences;

    NotificationWriter(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, PortalTime time,
                       NotificationPreferences preferences) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.time = time;
        this.preferences = preferences;
    }

    /** Writes the event's notifications; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int write(Event event) {
        var actor = currentUser.get().map(PortalUser::id).orElse(null);
        var candidates = candidates(event);
        if (actor != null) {
            candidates.remove(actor);
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        var recipients = mayKnow(candidates, event);
        // who chose to hear nothing of this kind gets no inbox row either (OFF)
        var channels = preferences.channels(recipients, event.kind());
        recipients.keySet().removeIf(id -> !channels.get(id).inInbox());
        if (recipients.isEmpty()) {
            return 0;
        }
        // microseconds, as the column keeps them: the deliveries below find these rows by their time
        var now = Timestamp.from(time.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        var rows = new ArrayList<SqlParameterSource>();
        recipients.forEach((id, staff) -> rows.add(new MapSqlParameterSource()
                .addValue("recipient", id).addValue("kind", event.kind().name())
                .addValue("subjectKind", event.subjectKind().name()).addValue("subjectId", event.subjectId())
                .addValue("actor", actor).addValue("remark", remarkFor(event.remark(), staff))
                .addValue("now", now)));
        jdbc.batchUpdate("insert into notification (recipient_id, event_kind, subject_kind, subject_id, actor_id,"
                + " remark, created_at) values (:recipient, :kind, :subjectKind, :subjectId, :actor, :remark, :now)",
                rows.toArray(SqlParameterSource[]::new));
        for (var channel : List.of(NotificationChannel.EMAIL, NotificationChannel.DIGEST)) {
            var ids = recipients.keySet().stream().filter(id -> channels.get(id) == channel).toList();
            if (!ids.isEmpty()) {
                queueDeliveries(event, channel, ids, now);
            }
        }
        return rows.size();
    }

    /**
     * The outbox of the messages: a delivery row for each notification just written to a recipient who chose
     * {@code channel} for its kind and has an e-mail address (one statement, in the change's transaction).
     */
    private void queueDeliveries(Event event, NotificationChannel channel, List<Long> recipients, Timestamp now) {
        jdbc.update("insert into notification_delivery (notification_id, channel, state, attempts, next_attempt_at,"
                + " created_at, version) select n.id, :channel, 'PENDING', 0, :now, :now, 0 from notification n"
                + " join user_account a on a.id = n.recipient_id where n.recipient_id in (:ids)"
                + " and n.event_kind = :kind and n.subject_kind = :subjectKind and n.subject_id = :subjectId"
                + " and n.created_at = :now and a.email is not null and a.email <> ''"
                + " and not exists (select 1 from notification_delivery d where d.notification_id = n.id"
                + " and d.channel = :channel)", new MapSqlParameterSource("channel", channel.name())
                .addValue("now", now).addValue("ids", recipients).addValue("kind", event.kind().name())
                .addValue("subjectKind", event.subjectKind().name()).addValue("subjectId", event.subjectId()));
    }

    /** The signed-in officer follows the record she has just created (issue 20: by default). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followAsCreator(TextOwnerKind kind, long subjectId) {
        currentUser.get().ifPresent(user -> follow(user.id(), kind, subjectId));
    }

    void follow(long accountId, TextOwnerKind kind, long subjectId) {
        jdbc.update("insert into notification_follow (account_id, subject_kind, subject_id, created_at)"
                + " select :account, :kind, :subject, :now from (select 1 as one) x where not exists (select 1 from"
                + " notification_follow f where f.account_id = :account and f.subject_kind = :kind"
                + " and f.subject_id = :subject)", new MapSqlParameterSource("account", accountId)
                .addValue("kind", kind.name()).addValue("subject", subjectId)
                .addValue("now", Timestamp.from(time.now())));
    }

    /** Everyone the rules and the followers name (one query). */
    private Set<Long> candidates(Event event) {
        var sql = new StringBuilder("select account_id from notification_follow where subject_kind = :kind"
                + " and subject_id = :subject");
        if (event.followers() == Event.Followers.NONE) {
            sql.append(" and 1 = 0");
        } else if (event.followers() == Event.Followers.STAFF) {
            sql.append(" and exists (select 1 from user_role r where r.user_id = account_id"
                    + " and r.role in ('OFFICER', 'HEAD', 'ADMIN'))");
        }
        var params = new MapSqlParameterSource("kind", event.subjectKind().name())
                .addValue("subject", event.subjectId());
        if (!event.usernames().isEmpty()) {
            sql.append(" union select id from user_account where username in (:usernames)");
            params.addValue("usernames", event.usernames());
        }
        if (event.heads()) {
            sql.append(" union select user_id from user_role where role = 'HEAD'");
        }
        if (event.officers()) {
            sql.append(" union select user_id from user_role where role = 'OFFICER'");
        }
        if (event.liaisons() && event.shared() && !event.countryCodes().isEmpty()) {
            sql.append(" union select c.user_id from user_country c join user_role r on r.user_id = c.user_id"
                    + " and r.role = 'LIAISON' where c.country_code in (:codes)");
            params.addValue("codes", event.countryCodes());
        }
        var ids = new HashSet<>(jdbc.queryForList(sql.toString(), params, Long.class));
        ids.addAll(event.accounts());
        return ids;
    }

    /**
     * The candidates who may know of the record now, each with whether she is staff: enabled accounts; staff always,
     * partners when the record is shared and of one of their countries (one query for all).
     */
    private Map<Long, Boolean> mayKnow(Set<Long> candidates, Event event) {
        var codes = event.countryCodes().isEmpty() ? Set.of("--") : event.countryCodes();
        var params = new MapSqlParameterSource("ids", candidates).addValue("codes", codes);
        var result = new HashMap<Long, Boolean>();
        jdbc.query("select a.id,"
                + " (select count(*) from user_role r where r.user_id = a.id"
                + "   and r.role in ('OFFICER', 'HEAD', 'ADMIN')) as staff,"
                + " (select count(*) from user_country c where c.user_id = a.id and c.country_code in (:codes))"
                + "   as own_country"
                + " from user_account a where a.id in (:ids) and a.enabled = true", params, rs -> {
                    boolean staff = rs.getLong("staff") > 0;
                    if (staff || (event.shared() && rs.getLong("own_country") > 0)) {
                        result.put(rs.getLong("id"), staff);
                    }
                });
        return result;
    }

    /** The remark as the recipient may read it: staff all, partners only what was marked for them. */
    private static String remarkFor(Remark remark, boolean staff) {
        var text = Remark.textOf(remark);
        if (text == null || text.isBlank() || (!staff && !remark.forPartners())) {
            return null;
        }
        var stripped = text.strip();
        return stripped.length() <= REMARK_MAX_LENGTH ? stripped : stripped.substring(0, REMARK_MAX_LENGTH - 1) + "…";
    }

    /** Tests and the inbox: the notifications of one account, newest first (ids only). */
    List<Long> idsOf(long accountId) {
        return jdbc.queryForList("select id from notification where recipient_id = :id order by id desc",
                new MapSqlParameterSource("id", accountId), Long.class);
    }
}
