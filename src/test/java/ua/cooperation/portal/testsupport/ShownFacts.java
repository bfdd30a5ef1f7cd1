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
                .map(org.jsoup.nodes.Element::wholeText);
    }

    public static String get(String prefix, String id) {
        return find(prefix, id).orElseThrow(() -> new AssertionError("no value " + prefix + "-fact-" + id));
    }
}
