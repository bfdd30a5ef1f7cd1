package ua.cooperation.portal.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.DatabaseFailures;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.ui.LanguageSelect;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.UserPreferences;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the UI language when a UI starts: the language chosen in this session, else the signed-in user's
 * remembered language, else the browser's if the portal speaks it, else Ukrainian.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserPreferences preferences;

    private final PortalLanguages languages;

    LocaleInitializer(CurrentUser currentUser, UserPreferences preferences, PortalLanguages languages) {
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ui.setLocale(chooseLocale(ui.getSession(), ui.getLocale()));
        });
    }

    Locale chooseLocale(VaadinSession session, Locale negotiated) {
        var chosen = LanguageSelect.chosenForSession(session);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (currentUser.get().isPresent()) {
            var stored = storedLocale();
            if (stored.isPresent()) {
                LanguageSelect.rememberForSession(session, stored.get());
                return stored.get();
            }
        }
        if (negotiated != null && languages.supports(negotiated.getLanguage())) {
            return Locale.forLanguageTag(negotiated.getLanguage());
        }
        return UserPreferences.DEFAULT_LOCALE;
    }

    /** The user's remembered language; none while the database cannot be reached (the page still opens). */
    private Optional<Locale> storedLocale() {
        try {
            return preferences.preferredLocale();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isDatabaseUnavailable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

}
