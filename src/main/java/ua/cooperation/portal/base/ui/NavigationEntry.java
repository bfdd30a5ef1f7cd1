package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import ua.cooperation.portal.base.DatabaseFailures;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One entry of the side navigation, contributed by a feature as a Spring bean. {@code shown} is asked when a page is
 * drawn for the signed-in user; it only tidies the menu: the view's own access annotation and the services still decide
 * what a user may open and see. The feature answers it (usually from {@code security.CurrentUser}), so that the layout
 * needs to know nothing about users and roles.
 */
public record NavigationEntry(String id, int order, String titleKey, VaadinIcon icon,
                              Class<? extends Component> view, BooleanSupplier shown, Supplier<String> badge) {

    /** An entry without a badge. */
    public NavigationEntry(String id, int order, String titleKey, VaadinIcon icon, Class<? extends Component> view,
                           BooleanSupplier shown) {
        this(id, order, titleKey, icon, view, shown, null);
    }

    /**
     * The text shown beside the title when the page is drawn (a count of what waits), empty or null for none. While the
     * database is unavailable there is none: the layout, and with it the "database unavailable" page, must open
     * without the database.
     */
    public String badgeText() {
        if (badge == null) {
            return null;
        }
        try {
            return badge.get();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            return null;
        }
    }
}
