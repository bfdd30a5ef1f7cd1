package ua.cooperation.portal.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.comment.CommentItem;
import ua.cooperation.portal.comment.CommentService;
import ua.cooperation.portal.comment.CommentThread;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The comment thread of one record: the latest {@link CommentService#PAGE_SIZE} comments, oldest first ("show
 * earlier" adds more), each with who and when ("edited", "staff only"), its author's Edit (within the edit window)
 * and Remove (after a confirmation), "comment removed" in place of a removed one; below, the field to write one and,
 * for staff, "staff only". Texts are shown as plain text, never as markup.
 */
class CommentsPanel extends VerticalLayout {

    static final String ID = "comments-panel";
    static final String ID_BODY = "comment-body";
    static final String ID_STAFF_ONLY = "comment-staff-only";
    static final String ID_ADD = "comment-add";
    static final String ID_EARLIER = "comment-earlier";
    static final String ID_EMPTY = "comments-empty";
    static final String ID_EDIT_BODY = "comment-edit-body";
    static final String ID_EDIT_SAVE = "comment-edit-save";
    static final String ID_REMOVE_DIALOG = "comment-remove-dialog";

    private final CommentService comments;
    private final TextOwnerKind kind;
    private final long subjectId;
    private final EditFlow<CommentThread> flow;
    private final Div list = new Div();
    private final Button earlier = new Button();
    private final TextArea body = new TextArea();
    private final Checkbox staffOnly = new Checkbox();
    private final Button add = new Button();
    private final VerticalLayout form = new VerticalLayout();
    private final boolean mayComment;
    private int limit = CommentService.PAGE_SIZE;

    /** {@code mayComment}: false during a liaison preview, which reads the thread as the liaison and writes nothing. */
    CommentsPanel(CommentService comments, TextOwnerKind kind, long subjectId, boolean mayComment) {
        this.comments = comments;
        this.mayComment = mayComment;
        this.kind = kind;
        this.subjectId = subjectId;
        this.flow = new EditFlow<>(this, "comment-conflict", this::load, this::show, this::gone);
        setId(ID);
        setPadding(false);
        list.setId("comments-list");
        list.setWidthFull();
        earlier.setText(getTranslation("comment.earlier"));
        earlier.setId(ID_EARLIER);
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        earlier.addClickListener(e -> {
            limit += CommentService.PAGE_SIZE;
            flow.reload();
        });
        add(earlier, list, form());
        flow.reload();
    }

    private VerticalLayout form() {
        body.setId(ID_BODY);
        body.setLabel(getTranslation("comment.body"));
        body.setMaxLength(CommentService.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> {
            body.setHelperText(e.getValue().length() + " / " + CommentService.BODY_MAX_LENGTH);
            body.setInvalid(false);
        });
        staffOnly.setId(ID_STAFF_ONLY);
        staffOnly.setLabel(getTranslation("comment.staff-only"));
        add.setText(getTranslation("comment.add"));
        add.setId(ID_ADD);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addComment());
        form.setPadding(false);
        form.add(body, staffOnly, add);
        return form;
    }

    private Optional<CommentThread> load() {
        try {
            return Optional.of(comments.thread(kind, subjectId, limit));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    private void show(CommentThread thread) {
        list.removeAll();
        earlier.setVisible(thread.hasEarlier());
        if (thread.comments().isEmpty()) {
            var empty = new Paragraph(getTranslation("comment.empty"));
            empty.setId(ID_EMPTY);
            empty.addClassName(LumoUtility.TextColor.SECONDARY);
            list.add(empty);
        }
        thread.comments().forEach(item -> list.add(line(item)));
        form.setVisible(mayComment);
        staffOnly.setVisible(thread.mayMarkStaffOnly());
    }

    private void gone() {
        removeAll();
        add(new Paragraph(getTranslation("comment.gone")));
    }

    private Div line(CommentItem item) {
        var heading = new Span(Authors.shown(this, item.author()) + " · " + when(item.createdAt())
                + (item.edited() ? " · " + getTranslation("comment.edited") : ""));
        heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var top = new HorizontalLayout(heading);
        top.setSpacing(true);
        top.setAlignItems(Alignment.BASELINE);
        if (item.staffOnly()) {
            var badge = new Span(getTranslation("comment.staff-only.badge"));
            badge.addClassName("portal-badge");
            top.add(badge);
        }
        var line = new Div(top);
        line.setId("comment-" + item.id());
        line.addClassNames("portal-comment", LumoUtility.Padding.Vertical.XSMALL);
        if (item.removed()) {
            var removed = new Paragraph(getTranslation("comment.removed", Authors.shown(this, item.removedBy()),
                    when(item.removedAt())));
            removed.addClassNames("portal-comment-removed", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            line.add(removed);
            return line;
        }
        // plain text: the text of a Paragraph is never parsed as markup
        var text = new Paragraph(item.body());
        text.addClassNames("portal-comment-body", LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.NONE);
        line.add(text);
        if (item.mayEdit()) {
            line.add(action("comment-edit-" + item.id(), "comment.edit", () -> openEdit(item)));
        }
        if (item.mayRemove()) {
            var remove = action("comment-remove-" + item.id(), "comment.remove", () -> confirmRemove(item));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            line.add(remove);
        }
        return line;
    }

    private Button action(String id, String labelKey, Runnable click) {
        var button = new Button(getTranslation(labelKey), e -> click.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(PortalTime.ZONE));
    }

    private void addComment() {
        if (!validAt(body)) {
            return;
        }
        var text = body.getValue();
        boolean keep = staffOnly.isVisible() && staffOnly.getValue();
        flow.run(() -> comments.add(kind, subjectId, text, keep), refusalsAt(body), added -> {
            body.clear();
            body.setHelperText(null);
            staffOnly.clear();
            flow.reload();
            Notifications.success(this, "comment.added");
        });
    }

    private void openEdit(CommentItem item) {
        var dialog = new Dialog();
        dialog.setId("comment-edit-dialog");
        dialog.setHeaderTitle(getTranslation("comment.edit.title"));
        var field = new TextArea(getTranslation("comment.body"));
        field.setId(ID_EDIT_BODY);
        field.setMaxLength(CommentService.BODY_MAX_LENGTH);
        field.setValue(item.body());
        field.setWidth("40em");
        var save = new Button(getTranslation("comment.edit.save"), e -> {
            if (validAt(field)) {
                flow.runInDialog(dialog, () -> comments.edit(item.id(), item.version(), field.getValue()),
                        refusalsAt(field), edited -> flow.reload());
            }
        });
        save.setId(ID_EDIT_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("comment.edit.cancel"), e -> dialog.close());
        cancel.setId("comment-edit-cancel");
        dialog.add(field);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmRemove(CommentItem item) {
        var dialog = new ConfirmDialog();
        dialog.setId(ID_REMOVE_DIALOG);
        dialog.setHeader(getTranslation("comment.remove.title"));
        dialog.setText(getTranslation("comment.remove.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("comment.edit.cancel"));
        dialog.setConfirmText(getTranslation("comment.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> flow.run(() -> comments.remove(item.id()), RecordForm.NO_FIELDS,
                removed -> flow.reload()));
        dialog.open();
    }

    /** The field says what the service would refuse before anything is sent. */
    private boolean validAt(TextArea field) {
        var problem = CommentService.problemWith(field.getValue());
        problem.ifPresent(reason -> {
            field.setErrorMessage(getTranslation("comment.refused." + reason.name()));
            field.setInvalid(true);
        });
        return problem.isEmpty();
    }

    /** The service's refusals of the text at the field; the others ("too late", "not yours") as a message. */
    private RecordForm refusalsAt(TextArea field) {
        return refusal -> {
            if (!"body".equals(refusal.field()) || refusal.messageKey().endsWith("EDIT_WINDOW_CLOSED")
                    || refusal.messageKey().endsWith("NOT_AUTHOR") || refusal.messageKey().endsWith("REMOVED")) {
                return false;
            }
            field.setErrorMessage(getTranslation(refusal.messageKey()));
            field.setInvalid(true);
            return true;
        };
    }
}
