package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A meeting's title, agenda and minutes are written once and read by partners in their language (ADR 0040). */
@Component
class MeetingTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String AGENDA = "agenda";
    static final String MINUTES = "minutes";
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.MEETING, TITLE, Meeting.TITLE_MAX_LENGTH, "meeting.field.title", false),
            new Translatable(TextOwnerKind.MEETING, AGENDA, Meeting.AGENDA_MAX_LENGTH, "meeting.field.agenda", true),
            new Translatable(TextOwnerKind.MEETING, MINUTES, Meeting.MINUTES_MAX_LENGTH, "meeting.field.minutes",
                    true));
    private static final SharedMeetingTexts.Source SOURCE = new SharedMeetingTexts.Source(TextOwnerKind.MEETING,
            "meeting", "x.id", "x.title", "x.updated_at",
            Map.of(TITLE, "x.title", AGENDA, "x.agenda", MINUTES, "x.minutes"));

    private final VisibleMeetings visibleMeetings;
    private final AccessPolicy policy;
    private final SharedMeetingTexts shared;

    MeetingTextOwner(VisibleMeetings visibleMeetings, AccessPolicy policy, SharedMeetingTexts shared) {
        this.visibleMeetings = visibleMeetings;
        this.policy = policy;
        this.shared = shared;
    }

    /** The originals of a meeting, by field. */
    static Map<String, String> originals(Meeting m) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, m.getTitle());
        originals.put(AGENDA, m.getAgenda());
        originals.put(MINUTES, m.getMinutes());
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.MEETING;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return visibleMeetings.find(id).map(m -> new OwnerTexts(kind(), id, m.getTitle(), MeetingLinks.details(id),
                originals(m), policy.permissions().mayEdit(), m.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return shared.needingTranslation(SOURCE, language, limit);
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return shared.countNeedingTranslation(SOURCE, language, limit);
    }
}
