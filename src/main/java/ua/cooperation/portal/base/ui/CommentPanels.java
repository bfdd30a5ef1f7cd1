package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.HistoryEntry;

import java.util.List;

/**
 * The comment thread of a record on that record's page, and its comments' lines in the record's history, provided by
 * comment.ui as a bean, so that meetings (and their decisions), partnerships and programmes show one thread without
 * reaching into another feature's ui. {@code K} is the kind of record as the translations name it
 * ({@code translation.TextOwnerKind}); inject {@code CommentPanels<TextOwnerKind>}.
 */
public interface CommentPanels<K> {

    /**
     * The thread of the record {@code kind}/{@code id}: its comments (the latest first shown, "show earlier" for
     * more), and the field to write one when the reader may. Its id is {@code comments-panel}.
     */
    Component create(K kind, long id);

    /**
     * The record's {@code history} (newest first, as its service gives it) with the lines of the comments of
     * {@code kind}/{@code id} merged in by time, in the language of {@code reader}. Where the reader has seen the
     * record only since it was shared ({@link HistoryEntry.Kind#SHARED}), comments from before are left out, as the
     * record's other related lines are.
     */
    List<HistoryEntry> withComments(Component reader, List<HistoryEntry> history, K kind, long id);
}
