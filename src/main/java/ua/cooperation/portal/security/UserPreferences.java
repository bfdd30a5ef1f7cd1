package ua.cooperation.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Per-user settings that the user changes for themselves, such as the UI language. */
@Service
public class UserPreferences {

    /** The portal's languages; Ukrainian first because it is the default. */
    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("uk", "en", "lt", "pl");
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("uk");

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    UserPreferences(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The signed-in user's stored language, if they chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return accounts.findById(currentUser.require().id())
                .map(UserAccount::getPreferredLanguage)
                .filter(SUPPORTED_LANGUAGES::contains)
                .map(Locale::forLanguageTag);
    }

    /** Remembers the signed-in user's language for their next sessions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreferredLocale(Locale locale) {
        var language = locale.getLanguage();
        if (!SUPPORTED_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.setPreferredLanguage(language));
    }
}
