package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.UserPreferences;

import java.util.stream.Collectors;

/**
 * The frame around every signed-in view: side navigation by role, the signed-in user, the language switch and
 * sign-out. Features contribute their navigation entries through {@link NavigationEntries}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser, UserPreferences preferences,
               NavigationEntries navigationEntries, LiaisonPreview preview, RemindersIndicator remindersIndicator) {
        setPrimarySection(Section.DRAWER);
        var user = currentUser.require();

        viewTitle.addClassNames("portal-view-title", LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        var spacer = new Div();
        spacer.addClassName(LumoUtility.Flex.GROW);
        var navbar = new HorizontalLayout(new DrawerToggle(), viewTitle, spacer);
        preview.previewedCountry().ifPresent(code -> navbar.add(previewBanner(code, preview)));
        navbar.add(new GlobalSearchBox(), remindersIndicator);
        navbar.add(new LanguageSelect(preferences::setPreferredLocale), userBadge(user),
                logoutButton(authenticationContext));
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.addClassNames("portal-navbar", LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(navbar);

        addToDrawer(brand(), new Scroller(sideNav(user, navigationEntries)));
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

    private SideNav sideNav(PortalUser user, NavigationEntries navigationEntries) {
        var nav = new SideNav();
        nav.setId("main-nav");
        navigationEntries.visibleTo(user).forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create());
            item.setId("nav-" + entry.id());
            item.setMatchNested(true);
            nav.addItem(item);
        });
        return nav;
    }

    /** Unmissable while an officer previews the portal as a liaison: what they see is not their own view. */
    private Component previewBanner(String countryCode, LiaisonPreview preview) {
        var text = new Span(getTranslation("preview.banner",
                ua.cooperation.portal.country.CountryNames.displayName(countryCode, getLocale())));
        var end = new Button(getTranslation("preview.end"), e -> {
            preview.stop();
            // a fresh page, so that every part of it is drawn with the new rights
            getUI().ifPresent(ui -> {
                ui.navigate("");
                ui.getPage().reload();
            });
        });
        end.setId("preview-end");
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        var banner = new HorizontalLayout(VaadinIcon.EYE.create(), text, end);
        banner.setId("preview-banner");
        banner.setAlignItems(HorizontalLayout.Alignment.CENTER);
        banner.addClassName("portal-preview-banner");
        return banner;
    }

    private Component userBadge(PortalUser user) {
        var name = new Span(user.displayName());
        name.setId("current-user");
        name.addClassName(LumoUtility.FontWeight.MEDIUM);
        var roles = new Span(user.roles().stream()
                .map(r -> getTranslation("role." + r.name()))
                .sorted()
                .collect(Collectors.joining(", ")));
        roles.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var badge = new Div(name, roles);
        badge.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return badge;
    }

    private Component logoutButton(AuthenticationContext authenticationContext) {
        var logout = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> authenticationContext.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
