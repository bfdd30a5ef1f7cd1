package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.util.function.Supplier;

/**
 * A tab's content that is built the first time it is needed, usually when its tab is first selected. A grid with its
 * columns holds about 40 KB of the session's memory before it has a row, and most visits of a record page never open
 * most of its tabs (ADR 0027).
 *
 * @param <C> the built content
 */
public final class LazyContent<C extends Component> extends Div {

    private final Supplier<C> build;
    private C content;

    public LazyContent(Supplier<C> build) {
        this.build = build;
        setWidthFull();
    }

    /** The content, built and shown on the first call. */
    public C get() {
        if (content == null) {
            content = build.get();
            add(content);
        }
        return content;
    }
}
