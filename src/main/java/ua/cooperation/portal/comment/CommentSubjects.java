package ua.cooperation.portal.comment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The records one may comment on, found as the reader may see them: through each feature's scoped find-by-id, so the
 * feature's scope decides (an out-of-scope id is missing). A decision is visible when its meeting is.
 */
@Component
class CommentSubjects {

    /** The kinds of record that have a comment thread. */
    static final Set<TextOwnerKind> KINDS = Set.of(TextOwnerKind.MEETING, TextOwnerKind.PARTNERSHIP,
            TextOwnerKind.PROGRAMME, TextOwnerKind.DECISION);

    /** A record found for the reader, with the facts its notifications need; a decision's are its meeting's. */
    record Subject(TextOwnerKind kind, long id, TextOwnerKind recordKind, long recordId, Set<String> countryCodes,
                   boolean sharedWithPartners, Long meetingId) {

        String describe() {
            return kind + " " + id;
        }
    }

    private final MeetingService meetings;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private final NamedParameterJdbcTemplate jdbc;

    CommentSubjects(MeetingService meetings, PartnershipService partnerships, ProgrammeService programmes,
                    NamedParameterJdbcTemplate jdbc) {
        this.meetings = meetings;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.jdbc = jdbc;
    }

    /**
     * The record, if the reader may open it.
     *
     * @throws RecordNotFoundException when it is missing, out of her scope, or not a kind with comments
     */
    Subject require(TextOwnerKind kind, long id) {
        return find(kind, id).orElseThrow(() -> new RecordNotFoundException(kind + " " + id));
    }

    private Optional<Subject> find(TextOwnerKind kind, long id) {
        var language = Locale.ENGLISH;
        return switch (kind) {
            case MEETING -> meeting(kind, id, id);
            case DECISION -> meetingOfDecision(id).flatMap(meetingId -> meeting(kind, id, meetingId));
            case PARTNERSHIP -> partnerships.findVisibleById(id, language).map(p -> new Subject(kind, id,
                    TextOwnerKind.PARTNERSHIP, id, Set.of(p.countryCode()), p.sharedWithPartners(), null));
            case PROGRAMME -> programmes.findVisibleById(id, language).map(p -> new Subject(kind, id,
                    TextOwnerKind.PROGRAMME, id, p.input().countryCodes(), p.input().sharedWithPartners(), null));
            default -> Optional.empty();
        };
    }

    private Optional<Subject> meeting(TextOwnerKind kind, long id, long meetingId) {
        return meetings.findVisibleById(meetingId, Locale.ENGLISH).map(m -> new Subject(kind, id,
                TextOwnerKind.MEETING, meetingId, m.countryCodes(), m.sharedWithPartners(), meetingId));
    }

    /** Which meeting a decision belongs to; whether the reader may see it is the meeting's service's answer. */
    private Optional<Long> meetingOfDecision(long decisionId) {
        return jdbc.queryForList("select meeting_id from meeting_decision where id = :id",
                new MapSqlParameterSource("id", decisionId), Long.class).stream().findFirst();
    }
}
