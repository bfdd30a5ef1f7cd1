package ua.cooperation.portal.comment.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ui.CommentPanels;
import ua.cooperation.portal.comment.CommentHistoryLine;
import ua.cooperation.portal.comment.CommentService;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Makes the comment threads of meetings, decisions, partnerships and programmes (see {@link CommentPanels}). */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class CommentPanelFactory implements CommentPanels<TextOwnerKind> {

    private static final int EXCERPT_LENGTH = 200;

    private final CommentService comments;
    private final LiaisonPreview preview;

    CommentPanelFactory(CommentService comments, LiaisonPreview preview) {
        this.comments = comments;
        this.preview = preview;
    }

    @Override
    public Component create(TextOwnerKind kind, long id) {
        return new CommentsPanel(comments, kind, id, preview.previewedCountry().isEmpty());
    }

    @Override
    public List<HistoryEntry> withComments(Component reader, List<HistoryEntry> history, TextOwnerKind kind,
                                           long id) {
        // a partner who has seen the record since it was shared sees its comments' lines from then on too
        var sharedAt = history.stream().filter(e -> e.kind() == HistoryEntry.Kind.SHARED)
                .map(HistoryEntry::changedAt).max(Comparator.naturalOrder());
        var merged = new ArrayList<>(history);
        for (var line : comments.historyOf(kind, id)) {
            if (sharedAt.isEmpty() || !line.at().isBefore(sharedAt.get())) {
                merged.add(entry(reader, kind, line));
            }
        }
        merged.sort(Comparator.comparing(HistoryEntry::changedAt).reversed());
        return merged;
    }

    private static HistoryEntry entry(Component reader, TextOwnerKind kind, CommentHistoryLine line) {
        var subject = new StringBuilder(reader.getTranslation(kind == TextOwnerKind.DECISION
                ? "comment.history.decision" : "comment.history.subject"));
        if (line.staffOnly()) {
            subject.append(" (").append(reader.getTranslation("comment.staff-only.badge")).append(')');
        }
        if (line.body() != null) {
            var body = line.body();
            subject.append(": ").append(body.length() > EXCERPT_LENGTH ? body.substring(0, EXCERPT_LENGTH) + "…"
                    : body);
        } else {
            subject.append(": ").append(reader.getTranslation("comment.removed.short"));
        }
        return new HistoryEntry(0, line.at(), line.by(), line.kind(), subject.toString(), List.of());
    }
}
