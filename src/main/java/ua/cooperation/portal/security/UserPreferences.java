package ua.cooperation.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalLanguages;

import java.util.Locale;
import java.util.Optional;

/** Per-user settings that the user changes for themselves, such as the UI language. */
@Service
public class UserPreferences {

    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("uk");

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    private final PortalLanguages languages;

    UserPreferences(UserAccountRepository accounts, CurrentUser currentUser, PortalLanguages languages) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    /** The signed-in user's stored language, if they chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return accounts.findById(currentUser.require().id())
                .map(UserAccount::getPreferredLanguage)
                .filter(languages::supports)
                .map(Locale::forLanguageTag);
    }

    /** Remembers the signed-in user's language for their next sessions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreferredLocale(Locale locale) {
        var language = locale.getLanguage();
        if (!languages.supports(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.setPreferredLanguage(language));
    }
}
