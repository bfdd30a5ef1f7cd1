package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.notification.NotificationChannel;
import ua.cooperation.portal.notification.NotificationLinks;
import ua.cooperation.portal.notification.NotificationPreference;
import ua.cooperation.portal.notification.NotificationPreferences;
import ua.cooperation.portal.security.LiaisonPreview;

/**
 * How the signed-in user wants to be told of each kind of event: one select per kind (inbox only, e-mail at once,
 * daily digest, nothing), saved as soon as it changes. Reached from the inbox and from every message's footer. During
 * a liaison preview the selects are read-only: a preview changes nothing.
 */
@Route(NotificationLinks.PREFERENCES)
@PermitAll
public class NotificationPreferencesView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_PREFIX = "notification-preference-";

    NotificationPreferencesView(NotificationPreferences preferences, LiaisonPreview preview) {
        var heading = new H2(getTranslation("notification.preferences.title"));
        var form = new FormLayout();
        form.setId("notification-preferences");
        boolean readOnly = preview.previewedCountry().isPresent();
        for (var preference : preferences.mine()) {
            form.addFormItem(select(preferences, preference, readOnly),
                    getTranslation("notification.kind." + preference.kind().name()));
        }
        add(heading, new Paragraph(getTranslation("notification.preferences.intro")), form);
    }

    private Select<NotificationChannel> select(NotificationPreferences preferences,
                                               NotificationPreference preference, boolean readOnly) {
        var select = new Select<NotificationChannel>();
        select.setId(ID_PREFIX + preference.kind().name());
        select.setItems(NotificationChannel.values());
        select.setItemLabelGenerator(channel -> getTranslation("notification.channel." + channel.name())
                + (channel == preference.defaultChannel() ? " " + getTranslation("notification.preferences.default")
                : ""));
        select.setValue(preference.channel());
        select.setReadOnly(readOnly);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                preferences.set(preference.kind(), e.getValue());
                Notifications.saved(this);
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.title");
    }
}
