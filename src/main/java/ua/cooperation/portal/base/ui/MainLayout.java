package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * The frame around every signed-in view: side navigation and a top bar. Features contribute the side navigation's
 * entries ({@link NavigationEntry}) and the top bar's items ({@link NavbarItem}: search, reminders, the signed-in
 * user, language, sign-out), so that the frame depends on no feature and knows nothing of users or roles.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(NavigationEntries navigationEntries, List<NavbarItem> navbarItems) {
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassNames("portal-view-title", LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        var spacer = new Div();
        spacer.addClassName(LumoUtility.Flex.GROW);
        var navbar = new HorizontalLayout(new DrawerToggle(), viewTitle, spacer);
        navbarItems.stream().sorted(Comparator.comparingInt(NavbarItem::order))
                .flatMap(item -> item.create().get().stream()).forEach(navbar::add);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.addClassNames("portal-navbar", LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(navbar);

        addToDrawer(brand(), new Scroller(sideNav(navigationEntries)));
    }

    private Component brand() {
        var logo = new Image("images/portal-logo.svg", getTranslation("layout.logo-alt"));
        logo.addClassName("portal-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassNames(LumoUtility.FontWeight.BOLD);
        var brand = new HorizontalLayout(logo, name);
        brand.setAlignItems(HorizontalLayout.Alignment.CENTER);
        brand.addClassNames("portal-brand", LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private SideNav sideNav(NavigationEntries navigationEntries) {
        var nav = new SideNav();
        nav.setId("main-nav");
        navigationEntries.shown().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create());
            item.setId("nav-" + entry.id());
            item.setMatchNested(true);
            var badge = entry.badgeText();
            if (badge != null && !badge.isBlank()) {
                var count = new Span(badge);
                count.setId("nav-" + entry.id() + "-badge");
                count.getElement().getThemeList().add("badge small pill");
                item.setSuffixComponent(count);
            }
            nav.addItem(item);
        });
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
