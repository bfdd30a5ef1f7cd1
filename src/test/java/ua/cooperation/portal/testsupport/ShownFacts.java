package ua.cooperation.portal.testsupport;

import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;

import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** What a record page's read-only overview (RecordOverview) shows: the text of its value {@code <prefix>-fact-<id>}. */
public final class ShownFacts {

    private ShownFacts() {
    }

    /** The shown value, or empty when the page does not show that field to this user. */
    public static Optional<String> find(String prefix, String id) {
        var markup = _get(Div.class, spec -> spec.withId(prefix + "-facts")).getElement().getProperty("innerHTML");
        return Optional.ofNullable(Jsoup.parseBodyFragment(markup).getElementById(prefix + "-fact-" + id))
                .map(value -> {
                    // the value without its note (the language of an untranslated original, "may be outdated")
                    var copy = value.clone();
                    copy.select(".portal-text-note").remove();
                    return copy.wholeText();
                });
    }

    /** The quiet note after a shown value (ADR 0040), or empty when it has none. */
    public static Optional<String> note(String prefix, String id) {
        var markup = _get(Div.class, spec -> spec.withId(prefix + "-facts")).getElement().getProperty("innerHTML");
        return Optional.ofNullable(Jsoup.parseBodyFragment(markup).getElementById(prefix + "-fact-" + id + "-note"))
                .map(org.jsoup.nodes.Element::text);
    }

    public static String get(String prefix, String id) {
        return find(prefix, id).orElseThrow(() -> new AssertionError("no value " + prefix + "-fact-" + id));
    }
}
