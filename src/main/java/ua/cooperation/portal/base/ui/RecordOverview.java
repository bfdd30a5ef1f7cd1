package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A record's overview tab: the stored values as plain text for everyone, and the editable form only while the user
 * edits it (after "Edit"). A form with its fields, pickers and small grids holds 100–300 KB of the session's memory
 * for as long as the page is open; the same values as text hold a few KB, and most visits only read (ADR 0028). The
 * form is built when "Edit" is pressed and dropped again after a save or "Cancel", so a page whose user stopped
 * editing is light again. The service checks the right to edit on every save; the button only hides what would be
 * refused.
 *
 * @param <F> the record's form
 */
public final class RecordOverview<F extends Component> extends VerticalLayout {

    /**
     * One stored value as the reader sees it; {@code id} gives the value the id {@code <prefix>-fact-<id>}.
     *
     * @param language the language of a text written by users when it may differ from the page's (null: the page's)
     * @param note     a quiet note after the value, such as the language of an untranslated original (null: none)
     */
    public record Fact(String id, String label, String value, String language, String note) {

        public Fact(String id, String label, String value) {
            this(id, label, value, null, null);
        }
    }

    private final String idPrefix;
    private final Supplier<F> buildForm;
    private final Consumer<F> fillForm;
    // one element whose content is the escaped <dl>: a component per label and value would cost the session two
    // state nodes each (about 40 KB for a programme's 21 values)
    private final Div facts = new Div();
    private final Button edit = new Button();
    private final Runnable save;
    private F form;
    private HorizontalLayout formActions;
    private boolean editable;

    /**
     * @param idPrefix  the record kind's id prefix: the buttons get {@code <prefix>-edit}, {@code <prefix>-save} and
     *                  {@code <prefix>-cancel}
     * @param buildForm builds an empty form (called on each "Edit" after the last one was closed)
     * @param fillForm  puts the shown record into the form
     * @param save      what "Save" (or Ctrl+S) does; the view calls {@link #close()} when the save went through
     */
    public RecordOverview(String idPrefix, Supplier<F> buildForm, Consumer<F> fillForm, Runnable save) {
        this.idPrefix = idPrefix;
        this.buildForm = buildForm;
        this.fillForm = fillForm;
        this.save = save;
        setPadding(false);
        facts.setId(idPrefix + "-facts");
        facts.setWidthFull();
        edit.setId(idPrefix + "-edit");
        edit.setText(getTranslation("record.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> edit());
        edit.setVisible(false);
        // "Edit" above the values: a programme's twenty values push a button below them out of sight
        add(edit, facts);
    }

    /** One shown value with its label, translated from {@code labelKey}. */
    public Fact fact(String id, String labelKey, String value) {
        return new Fact(id, getTranslation(labelKey), value);
    }

    /** One shown yes/no value with its label, both translated. */
    public Fact fact(String id, String labelKey, boolean value) {
        return fact(id, labelKey, getTranslation(value ? "value.yes" : "value.no"));
    }

    /** Whether this user may edit the shown record now; closes an open form when not. */
    public void setEditable(boolean editable) {
        this.editable = editable;
        if (!editable) {
            close();
        }
        edit.setVisible(editable && form == null);
    }

    /** Shows these values as text (escaped: they are what users typed); an open form is filled again. */
    public void show(List<Fact> values) {
        var page = new Document("");
        page.outputSettings().prettyPrint(false);
        var list = page.appendElement("dl").addClass("portal-facts");
        for (var fact : values) {
            list.appendElement("dt").text(fact.label());
            var value = list.appendElement("dd").id(idPrefix + "-fact-" + fact.id())
                    .text(fact.value() == null || fact.value().isBlank() ? "—" : fact.value());
            if (fact.language() != null) {
                value.attr("lang", fact.language());
            }
            if (fact.note() != null) {
                // the note is in the page's language, whatever the value's
                value.appendElement("span").id(idPrefix + "-fact-" + fact.id() + "-note")
                        .addClass("portal-text-note").attr("lang", getLocale().getLanguage()).text(fact.note());
            }
        }
        facts.getElement().setProperty("innerHTML", list.outerHtml());
        if (form != null) {
            fillForm.accept(form);
        }
    }

    /** Opens the form filled with the shown record (what "Edit" does) and returns it. */
    public F edit() {
        if (form == null) {
            form = buildForm.get();
            fillForm.accept(form);
            // the buttons exist only while editing, so a reader's page has no hidden "Save" either
            var saveButton = new Button(getTranslation("action.save"), e -> save.run());
            saveButton.setId(idPrefix + "-save");
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            var cancel = new Button(getTranslation("action.cancel"), e -> close());
            cancel.setId(idPrefix + "-cancel");
            formActions = new HorizontalLayout(saveButton, cancel);
            add(form, formActions);
        }
        facts.setVisible(false);
        edit.setVisible(false);
        firstField(form).ifPresent(Focusable::focus);
        return form;
    }

    /** Drops the form with its unsaved values and shows the text again ("Cancel", or after a save). */
    public void close() {
        boolean wasOpen = form != null;
        if (wasOpen) {
            remove(form, formActions);
            form = null;
            formActions = null;
        }
        facts.setVisible(true);
        edit.setVisible(editable);
        if (wasOpen && editable) {
            edit.focus();
        }
    }

    /** The open form, if the user is editing. */
    public Optional<F> form() {
        return Optional.ofNullable(form);
    }

    private static Optional<Focusable<?>> firstField(Component component) {
        if (component instanceof Focusable<?> focusable && component instanceof HasValue<?, ?> field
                && !field.isReadOnly() && component.isVisible()) {
            return Optional.of(focusable);
        }
        return component.getChildren().filter(Component::isVisible).map(RecordOverview::firstField)
                .flatMap(Optional::stream).findFirst();
    }
}
