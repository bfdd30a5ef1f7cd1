package ua.cooperation.portal.comment;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/** The service refused a comment for a reason the writer can act on; nothing was stored. */
public class CommentRefusedException extends RefusedException {

    public enum Reason {
        /** No text, or only blanks. */
        BODY_EMPTY("body"),
        /** Longer than {@value Comment#BODY_MAX_LENGTH} characters. */
        BODY_TOO_LONG("body"),
        /** Control characters other than line breaks and tabs. */
        BODY_CONTROL_CHARACTERS("body"),
        /** Only staff keep a comment for the office. */
        STAFF_ONLY_NOT_ALLOWED("staffOnly"),
        /** Only the author edits her comment. */
        NOT_AUTHOR("body"),
        /** The author edits within {@link CommentService#EDIT_WINDOW} of writing it. */
        EDIT_WINDOW_CLOSED("body"),
        /** Only the author or an administrator removes a comment. */
        MAY_NOT_REMOVE("body"),
        /** The comment was removed. */
        REMOVED("body");

        private final String field;

        Reason(String field) {
            this.field = field;
        }
    }

    private final Reason reason;

    public CommentRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("comment.refused." + reason.name(), reason.field));
    }
}
