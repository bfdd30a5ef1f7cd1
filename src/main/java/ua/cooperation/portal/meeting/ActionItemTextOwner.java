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

/** An action item's title and completion note, translated like its meeting's texts and as visible as it. */
@Component
class ActionItemTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String COMPLETION_NOTE = "completionNote";
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.ACTION_ITEM, TITLE, ActionItem.TITLE_MAX_LENGTH,
                    "action-item.field.title", false),
            new Translatable(TextOwnerKind.ACTION_ITEM, COMPLETION_NOTE, ActionItem.NOTE_MAX_LENGTH,
                    "action-item.field.completion-note", true));
    private static final SharedMeetingTexts.Source SOURCE = new SharedMeetingTexts.Source(TextOwnerKind.ACTION_ITEM,
            "action_item", "x.meeting_id", "x.title", "x.updated_at",
            Map.of(TITLE, "x.title", COMPLETION_NOTE, "x.completion_note"));

    private final ActionItemRepository actionItems;
    private final VisibleMeetings visibleMeetings;
    private final AccessPolicy policy;
    private final SharedMeetingTexts shared;

    ActionItemTextOwner(ActionItemRepository actionItems, VisibleMeetings visibleMeetings, AccessPolicy policy,
                        SharedMeetingTexts shared) {
        this.actionItems = actionItems;
        this.visibleMeetings = visibleMeetings;
        this.policy = policy;
        this.shared = shared;
    }

    static Map<String, String> originals(ActionItem item) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, item.getTitle());
        originals.put(COMPLETION_NOTE, item.getCompletionNote());
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.ACTION_ITEM;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return actionItems.findById(id).flatMap(item -> visibleMeetings.find(item.getMeetingId()).map(m ->
                new OwnerTexts(kind(), id, item.getTitle(), MeetingLinks.details(m.getId()), originals(item),
                        policy.permissions().mayEdit(), item.getUpdatedAt())));
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
