package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.ui.LanguageSelect;
import ua.cooperation.portal.base.ui.NavbarItem;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.UserPreferences;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the main layout's top bar shows of the signed-in user: the preview banner, the language switch (remembered on
 * the account), who is signed in with which roles, and sign-out. Contributed here so that base.ui needs nothing of
 * security.
 */
@Configuration(proxyBeanMethods = false)
class SignedInUserNavbar {

    static final int ORDER_PREVIEW = 10;
    static final int ORDER_LANGUAGE = 40;
    static final int ORDER_USER = 50;
    static final int ORDER_SIGN_OUT = 60;

    @Bean
    NavbarItem previewBannerNavbarItem(LiaisonPreview preview) {
        return new NavbarItem(ORDER_PREVIEW,
                () -> preview.previewedCountry().map(code -> previewBanner(code, preview)));
    }

    @Bean
    NavbarItem languageNavbarItem(UserPreferences preferences, PortalLanguages languages) {
        return new NavbarItem(ORDER_LANGUAGE,
                () -> Optional.of(new LanguageSelect(languages.locales(), preferences::setPreferredLocale)));
    }

    @Bean
    NavbarItem signedInUserNavbarItem(CurrentUser currentUser) {
        return new NavbarItem(ORDER_USER, () -> Optional.of(userBadge(currentUser.require())));
    }

    @Bean
    NavbarItem signOutNavbarItem(AuthenticationContext authenticationContext) {
        return new NavbarItem(ORDER_SIGN_OUT, () -> Optional.of(logoutButton(authenticationContext)));
    }

    /** Unmissable while an officer previews the portal as a liaison: what they see is not their own view. */
    private static Component previewBanner(String countryCode, LiaisonPreview preview) {
        var ui = UI.getCurrent();
        var text = new Span(ui.getTranslation("preview.banner", CountryNames.displayName(countryCode, ui.getLocale())));
        var end = new Button(ui.getTranslation("preview.end"), e -> {
            preview.stop();
            // a fresh page, so that every part of it is drawn with the new rights
            e.getSource().getUI().ifPresent(current -> {
                current.navigate("");
                current.getPage().reload();
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

    private static Component userBadge(PortalUser user) {
        var ui = UI.getCurrent();
        var name = new Span(user.displayName());
        name.setId("current-user");
        name.addClassName(LumoUtility.FontWeight.MEDIUM);
        var roles = new Span(user.roles().stream()
                .map(r -> ui.getTranslation("role." + r.name()))
                .sorted()
                .collect(Collectors.joining(", ")));
        roles.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var badge = new Div(name, roles);
        badge.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return badge;
    }

    private static Component logoutButton(AuthenticationContext authenticationContext) {
        var logout = new Button(UI.getCurrent().getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> authenticationContext.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }
}
