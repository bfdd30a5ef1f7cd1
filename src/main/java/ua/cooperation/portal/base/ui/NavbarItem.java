package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A part of the main layout's top bar that a feature contributes as a Spring bean, as {@link NavigationEntry} does for
 * the side navigation: the search box (search.ui), the reminders bell (reminder.ui), the signed-in user, the preview
 * banner, the language switch and sign-out (security.ui). The layout thereby knows no feature and no user.
 *
 * @param order  place in the bar from left to right, after the page title
 * @param create a new component for one layout (a layout is built per browser tab, so components are never shared);
 *               empty when the item has nothing to show to the signed-in user
 */
public record NavbarItem(int order, Supplier<Optional<Component>> create) {
}
