package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import ua.cooperation.portal.security.PortalUser;

import java.util.function.Predicate;

/**
 * One entry of the side navigation, contributed by a feature as a Spring bean. {@code visibleTo} only tidies the
 * menu: the view's own access annotation and the services still decide what a user may open and see.
 */
public record NavigationEntry(String id, int order, String titleKey, VaadinIcon icon,
                              Class<? extends Component> view, Predicate<PortalUser> visibleTo) {
}
