package ua.cooperation.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/**
 * Typed route parameters. Record pages declare their id as {@code ":id(\\d+)"} ({@link #ID_PATTERN}), so the router
 * answers "not found" for anything but digits; the id is then read as a {@code Long} here, and a number too large
 * for one is "not found" as well.
 */
public final class RouteIds {

    /** The route template of a numeric id parameter: {@code ":" + PARAM + RouteIds.ID_PATTERN}. */
    public static final String ID_PATTERN = "(\\d+)";

    private RouteIds() {
    }

    /** The numeric parameter {@code name} of the route being entered, or empty. */
    public static Optional<Long> id(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).flatMap(RouteIds::parse);
    }

    /** The parameters to navigate to a record page whose route has the numeric parameter {@code name}. */
    public static RouteParameters of(String name, long id) {
        return new RouteParameters(name, Long.toString(id));
    }

    static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException tooLargeOrNotANumber) {
            return Optional.empty();
        }
    }
}
