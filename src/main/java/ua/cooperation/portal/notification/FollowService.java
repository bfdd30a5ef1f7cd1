package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Set;

/**
 * Following a record (issue 20): anyone who may open a partnership, programme, meeting, organisation or country may
 * follow it and is then told of its changes. A record the reader may not open answers like a missing one. A country
 * is named by the number of its code (AA = 1 … ZZ = 676), as translations keep it ({@link #countryId}).
 */
@Service
public class FollowService {

    /** The kinds of record one may follow. */
    public static final Set<TextOwnerKind> FOLLOWABLE = Set.of(TextOwnerKind.PARTNERSHIP, TextOwnerKind.PROGRAMME,
            TextOwnerKind.MEETING, TextOwnerKind.ORGANISATION, TextOwnerKind.COUNTRY);

    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationWriter writer;
    private final Subjects subjects;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;

    FollowService(NamedParameterJdbcTemplate jdbc, NotificationWriter writer, Subjects subjects,
                  CurrentUser currentUser, LiaisonPreview preview) {
        this.preview = preview;
        this.jdbc = jdbc;
        this.writer = writer;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    /** The number a country's code stands for as a followed record. */
    public static long countryId(String code) {
        return Subjects.idOf(code);
    }

    /** Whether the reader follows the record; false for a record she may not open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isFollowing(TextOwnerKind kind, long subjectId) {
        if (!FOLLOWABLE.contains(kind) || !subjects.isVisible(kind, subjectId)) {
            return false;
        }
        var count = jdbc.queryForObject("select count(*) from notification_follow where account_id = :me"
                + " and subject_kind = :kind and subject_id = :id", params(kind, subjectId), Long.class);
        return count != null && count > 0;
    }

    /**
     * The reader follows the record from now on (again: nothing changes). Refused during a liaison preview, after the
     * record is found as the previewed liaison would find it (an out-of-scope id answers "not found" as for her).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(TextOwnerKind kind, long subjectId) {
        var me = currentUser.require().id();
        requireVisible(kind, subjectId);
        refusePreview();
        writer.follow(me, kind, subjectId);
    }

    /** The reader no longer follows the record. Refused during a liaison preview, as {@link #follow}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(TextOwnerKind kind, long subjectId) {
        currentUser.require();
        requireVisible(kind, subjectId);
        refusePreview();
        jdbc.update("delete from notification_follow where account_id = :me and subject_kind = :kind"
                + " and subject_id = :id", params(kind, subjectId));
    }

    /** A preview changes nothing, the officer's own follows included. */
    private void refusePreview() {
        if (preview.previewedCountry().isPresent()) {
            throw new AccessDeniedException("A liaison preview changes nothing");
        }
    }

    private void requireVisible(TextOwnerKind kind, long subjectId) {
        if (!FOLLOWABLE.contains(kind) || !subjects.isVisible(kind, subjectId)) {
            throw new RecordNotFoundException(kind + " " + subjectId);
        }
    }

    private MapSqlParameterSource params(TextOwnerKind kind, long subjectId) {
        return new MapSqlParameterSource("me", currentUser.require().id()).addValue("kind", kind.name())
                .addValue("id", subjectId);
    }
}
