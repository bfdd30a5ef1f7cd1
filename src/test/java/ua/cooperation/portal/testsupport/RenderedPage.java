package ua.cooperation.portal.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * Everything the current page sends to the browser that a reader could see or read out: after every tab of every
 * tab sheet has been opened once (tabs build their content when first shown), the text of every element, its
 * attributes and string properties (labels, titles, tooltips, the markup of read-only overviews), and the formatted
 * cells of every grid row. For tests that assert something is <em>not</em> on a page, so it must miss nothing the
 * browser would get; technical attributes (id, class, style, theme, slot) are left out so that they cannot match by
 * accident.
 */
public final class RenderedPage {

    private static final Set<String> TECHNICAL = Set.of("id", "class", "style", "theme", "slot");

    private RenderedPage() {
    }

    public static String text() {
        openEveryTab();
        var out = new StringBuilder();
        collect(UI.getCurrent(), out);
        return out.toString();
    }

    private static void openEveryTab() {
        for (var sheet : _find(TabSheet.class)) {
            for (int i = 0; i < sheet.getTabCount(); i++) {
                sheet.setSelectedIndex(i);
                MockVaadin.clientRoundtrip(false);
            }
        }
    }

    private static void collect(Component component, StringBuilder out) {
        if (component instanceof Grid<?> grid) {
            rows(grid, out);
        }
        component.getChildren().forEach(child -> collect(child, out));
        element(component.getElement(), out, false);
    }

    private static <T> void rows(Grid<T> grid, StringBuilder out) {
        int size = _size(grid);
        for (T row : _fetch(grid, 0, size)) {
            out.append(String.join(" | ", _getFormattedRow(grid, row))).append('\n');
        }
    }

    /** The element's own text, attributes and properties, and those of child elements that are no components. */
    private static void element(Element element, StringBuilder out, boolean child) {
        if (child && element.getComponent().isPresent()) {
            return; // collected as a component
        }
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().filter(name -> !TECHNICAL.contains(name))
                .forEach(name -> out.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> {
            var value = element.getPropertyRaw(name);
            if (value instanceof String text) {
                out.append(text).append('\n');
            } else if (value != null) {
                out.append(value).append('\n');
            }
        });
        element.getChildren().forEach(c -> element(c, out, true));
    }
}
