package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.CurrentUser;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How each user is told of each kind of event (ADR 0041, stage 2): the default of her role unless she chose otherwise;
 * only her deviations are stored ({@code notification_preference}). Staff get an e-mail at once for what is assigned
 * to them or waits for them, partners for what was newly shared with them, a changed meeting, an item assigned to
 * them and the office's answer to a document they proposed; everything else, and every "changed" of a followed record, stays in the portal.
 */
@Service
public class NotificationPreferences {

    private static final Set<NotificationKind> STAFF_EMAIL = EnumSet.of(NotificationKind.ACTION_ITEM_ASSIGNED,
            NotificationKind.PROGRAMME_SUBMITTED, NotificationKind.PROGRAMME_RETURNED,
            NotificationKind.PARTNERSHIP_AWAITING_CONFIRMATION, NotificationKind.PARTNERSHIP_RETURNED,
            NotificationKind.MEETING_PROPOSED);
    private static final Set<NotificationKind> PARTNER_EMAIL = EnumSet.of(NotificationKind.RECORD_SHARED,
            NotificationKind.MEETING_CHANGED, NotificationKind.ACTION_ITEM_ASSIGNED,
            NotificationKind.ACTION_ITEM_DUE_MOVED, NotificationKind.PROPOSAL_ACCEPTED,
            NotificationKind.PROPOSAL_ACCEPTED_OTHER_DATE, NotificationKind.PROPOSAL_DECLINED, NotificationKind.DOCUMENT_ACCEPTED,
            NotificationKind.DOCUMENT_REJECTED);

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    NotificationPreferences(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The default channel of a staff member (officer, head, administrator) or of a partner for one kind. */
    public static NotificationChannel defaultFor(boolean staff, NotificationKind kind) {
        return (staff ? STAFF_EMAIL : PARTNER_EMAIL).contains(kind) ? NotificationChannel.EMAIL
                : NotificationChannel.PORTAL;
    }

    /** The signed-in user's channel for every kind of event, with her role's default. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationPreference> mine() {
        var me = currentUser.require();
        boolean staff = !me.isCountryRestricted();
        var chosen = chosen(List.of(me.id()), null).getOrDefault(me.id(), Map.of());
        return Arrays.stream(NotificationKind.values()).map(kind -> new NotificationPreference(kind,
                chosen.getOrDefault(kind, defaultFor(staff, kind)), defaultFor(staff, kind))).toList();
    }

    /**
     * Sets how the signed-in user is told of {@code kind}: her own preference only; the default of her role is kept
     * as no row at all. Refused during a liaison preview, which changes nothing.
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public void set(NotificationKind kind, NotificationChannel channel) {
        var me = currentUser.require();
        var params = new MapSqlParameterSource("me", me.id()).addValue("kind", Objects.requireNonNull(kind).name())
                .addValue("channel", Objects.requireNonNull(channel).name());
        jdbc.update("delete from notification_preference where account_id = :me and event_kind = :kind", params);
        if (channel != defaultFor(!me.isCountryRestricted(), kind)) {
            jdbc.update("insert into notification_preference (account_id, event_kind, channel)"
                    + " values (:me, :kind, :channel)", params);
        }
    }

    /** The channel of each recipient (id → staff) for {@code kind}: one query, whatever their number. */
    Map<Long, NotificationChannel> channels(Map<Long, Boolean> staffByAccount, NotificationKind kind) {
        var chosen = chosen(staffByAccount.keySet(), kind);
        var result = new HashMap<Long, NotificationChannel>();
        staffByAccount.forEach((id, staff) -> result.put(id, chosen.getOrDefault(id, Map.of())
                .getOrDefault(kind, defaultFor(staff, kind))));
        return result;
    }

    private Map<Long, Map<NotificationKind, NotificationChannel>> chosen(Collection<Long> accounts,
                                                                         NotificationKind kind) {
        var result = new HashMap<Long, Map<NotificationKind, NotificationChannel>>();
        if (accounts.isEmpty()) {
            return result;
        }
        var params = new MapSqlParameterSource("ids", accounts);
        var sql = "select account_id, event_kind, channel from notification_preference where account_id in (:ids)";
        if (kind != null) {
            sql += " and event_kind = :kind";
            params.addValue("kind", kind.name());
        }
        jdbc.query(sql, params, rs -> {
            try {
                result.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(
                        NotificationKind.valueOf(rs.getString(2)), NotificationChannel.valueOf(rs.getString(3)));
            } catch (IllegalArgumentException e) {
                // a kind or channel no longer known: the default applies
            }
        });
        return result;
    }
}
