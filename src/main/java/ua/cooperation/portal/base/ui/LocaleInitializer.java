package ua.cooperation.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.DatabaseFailures;
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

    private static final String SESSION_LOCALE_CHOSEN = LocaleInitializer.class.getName() + ".chosen";

    private final CurrentUser currentUser;
    private final UserPreferences preferences;

    LocaleInitializer(CurrentUser currentUser, UserPreferences preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ui.setLocale(chooseLocale(ui.getSession(), ui.getLocale()));
        });
    }

    Locale chooseLocale(VaadinSession session, Locale negotiated) {
        if (session.getAttribute(SESSION_LOCALE_CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        if (currentUser.get().isPresent()) {
            var stored = storedLocale();
            if (stored.isPresent()) {
                session.setAttribute(SESSION_LOCALE_CHOSEN, stored.get());
                return stored.get();
            }
        }
        if (negotiated != null && UserPreferences.SUPPORTED_LANGUAGES.contains(negotiated.getLanguage())) {
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

    /** Remembers the language chosen in the language switch for the rest of the session. */
    static void chooseForSession(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_LOCALE_CHOSEN, locale);
        session.setLocale(locale);
    }
}
