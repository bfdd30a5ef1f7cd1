package ua.cooperation.portal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The one search box of the main layout: Enter opens the search page with the query in its address
 * ({@code search?q=…}), where the results are grouped by kind and can be walked with the arrow keys or Tab.
 */
class GlobalSearchBox extends TextField {

    static final String ID = "global-search";
    /** The route of the search page ({@link SearchView}). */
    static final String ROUTE = "search";
    static final String PARAM_QUERY = "q";

    GlobalSearchBox() {
        setId(ID);
        setPlaceholder(getTranslation("search.box.placeholder"));
        setAriaLabel(getTranslation("search.box.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(200);
        addClassName("portal-global-search");
        addKeyDownListener(Key.ENTER, e -> open());
    }

    /** Opens the search page for what is typed; nothing happens for an empty box. */
    void open() {
        var query = getValue() == null ? "" : getValue().strip();
        if (query.isEmpty()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of(PARAM_QUERY, query)));
    }
}
