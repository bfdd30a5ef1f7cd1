package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A decision's text, translated like its meeting's; a decision is as visible as its meeting. */
@Component
class DecisionTextOwner implements TranslationOwner {

    static final String TEXT = "text";
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.DECISION, TEXT, Decision.TEXT_MAX_LENGTH, "decision.field.text", true));
    private static final SharedMeetingTexts.Source SOURCE = new SharedMeetingTexts.Source(TextOwnerKind.DECISION,
            "meeting_decision", "x.meeting_id",
            "CONCAT(CONCAT((SELECT m.title FROM meeting m WHERE m.id = x.meeting_id), ' #'), x.decision_number)", "x.updated_at", Map.of(TEXT, "x.decision_text"));

    private final DecisionRepository decisions;
    private final VisibleMeetings visibleMeetings;
    private final AccessPolicy policy;
    private final SharedMeetingTexts shared;

    DecisionTextOwner(DecisionRepository decisions, VisibleMeetings visibleMeetings, AccessPolicy policy,
                      SharedMeetingTexts shared) {
        this.decisions = decisions;
        this.visibleMeetings = visibleMeetings;
        this.policy = policy;
        this.shared = shared;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.DECISION;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return decisions.findById(id).flatMap(d -> visibleMeetings.find(d.getMeetingId()).map(m ->
                new OwnerTexts(kind(), id, m.getTitle() + " #" + d.getNumber(), MeetingLinks.details(m.getId()),
                        Map.of(TEXT, d.getText()), policy.permissions().mayEdit(), m.getUpdatedAt())));
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
