package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.NavbarItem;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.notification.NotificationService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Optional;

/**
 * Puts the inbox into the side navigation for every signed-in user, the bell into the top bar, and offers the follow
 * button to the records' pages ({@link FollowButtons}).
 */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    /** After the reminders' bell (30), before the language switch (40). */
    static final int NAVBAR_ORDER = 35;

    @Bean
    NavigationEntry inboxNavigationEntry() {
        return new NavigationEntry("inbox", 13, "notifications.title", VaadinIcon.ENVELOPE, InboxView.class,
                () -> true);
    }

    /** Administrators: the messages that did not go out, beside the security log (90). */
    @Bean
    NavigationEntry deliveriesNavigationEntry(AccessPolicy access) {
        return new NavigationEntry("notification-deliveries", 88, "notification.deliveries.title",
                VaadinIcon.ENVELOPES, DeliveriesView.class, access::mayAdminister);
    }

    @Bean
    NavbarItem notificationsNavbarItem(NotificationService notifications,
                                       @Value("${portal.notifications.poll-seconds:20}") int pollSeconds) {
        return new NavbarItem(NAVBAR_ORDER, () -> Optional.of(new NotificationBell(notifications, pollSeconds)));
    }

    @Bean
    FollowButtons<TextOwnerKind> followButtons(FollowService follows, LiaisonPreview preview) {
        return new FollowButtons<>() {
            @Override
            public Component create(TextOwnerKind kind, long id) {
                return new FollowButton(follows, kind, id, preview.previewedCountry().isEmpty());
            }

            @Override
            public Component forCountry(String code) {
                return create(TextOwnerKind.COUNTRY, FollowService.countryId(code));
            }
        };
    }
}
