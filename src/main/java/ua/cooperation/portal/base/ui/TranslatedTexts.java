package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import ua.cooperation.portal.base.text.LocalizedText;

import java.util.Objects;
import java.util.function.Function;

/**
 * How a page shows a text in the reader's language (ADR 0040): the text, and after it a quiet note when it is the
 * original in another language ("українською") or a translation that may be outdated. Never an empty field: a missing
 * translation shows the original.
 */
public final class TranslatedTexts {

    private TranslatedTexts() {
    }

    /** A record overview's value for {@code text}, with its language and note. */
    public static RecordOverview.Fact fact(RecordOverview<?> overview, String id, String labelKey,
                                           LocalizedText text) {
        var fact = overview.fact(id, labelKey, text.text());
        return new RecordOverview.Fact(fact.id(), fact.label(), fact.value(), text.isEmpty() ? null : text.language(),
                note(overview, text));
    }

    /**
     * The note to show after {@code text}, in the page's language: the original's language when the reader has no
     * translation, "may be outdated" for an outdated one; null when the text needs none.
     */
    public static String note(Component page, LocalizedText text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.fallback()) {
            return page.getTranslation("translation.in." + text.language());
        }
        return text.outdated() ? page.getTranslation("translation.outdated") : null;
    }

    /** The text as a line of its own (a heading, a grid cell): the text with its note as a badge after it. */
    public static Span inline(Component page, LocalizedText text, String id) {
        var shown = new Span(text.orEmpty());
        if (!text.isEmpty()) {
            shown.getElement().setAttribute("lang", text.language());
        }
        var note = note(page, text);
        if (note == null) {
            if (id != null) {
                shown.setId(id);
            }
            return shown;
        }
        var badge = noteBadge(page, text, note);
        if (id != null) {
            badge.setId(id + "-note");
        }
        var line = new Span(shown, badge);
        if (id != null) {
            line.setId(id);
        }
        return line;
    }

    /**
     * A grid cell for a text in the reader's language: the text, and the note as a small badge after it. Rendered in
     * the browser from two properties (no component per row), so lazy lists stay light.
     */
    public static <T> LitRenderer<T> renderer(Component page, Function<T, LocalizedText> text) {
        return LitRenderer.<T>of("<span lang=\"${item.lang}\">${item.text}</span>"
                        + "${item.note ? html`<span class=\"portal-text-note\">${item.note}</span>` : ''}")
                .withProperty("text", item -> text.apply(item).orEmpty())
                .withProperty("lang", item -> text.apply(item).isEmpty() ? "" : text.apply(item).language())
                .withProperty("note", item -> Objects.requireNonNullElse(note(page, text.apply(item)), ""));
    }

    private static Span noteBadge(Component page, LocalizedText text, String note) {
        var badge = new Span(note);
        badge.addClassName("portal-text-note");
        if (!text.fallback() && text.outdated()) {
            badge.addClassName("portal-text-note-outdated");
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            badge.getElement().setAttribute("lang", ui.getLocale().getLanguage());
        }
        return badge;
    }
}
