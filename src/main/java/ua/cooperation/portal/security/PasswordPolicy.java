package ua.cooperation.portal.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords: at least 12 characters, not one of the commonly used passwords, not the user name; no composition
 * rules (following current NIST guidance). The common-password list is the one shipped with the zxcvbn library.
 * Lengths count characters as people see them (code points, so an emoji is one), and pass phrases of up to
 * {@link #MAX_LENGTH} characters in any script are hashed whole (Argon2id, ADR 0035).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    /** Why a password is refused; the UI turns it into a translated message. */
    public enum Problem { TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_USERNAME }

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        try {
            commonPasswords = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common password list could not be read", e);
        }
    }

    public Optional<Problem> check(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || commonPasswords.contains(lower.replaceAll("[0-9]+$", ""))
                && lower.replaceAll("[0-9]+$", "").length() >= 8) {
            return Optional.of(Problem.TOO_COMMON);
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    /** Thrown by services when a password breaks the policy; carries the reason. */
    public static class PasswordRejectedException extends RuntimeException {
        private final Problem problem;

        public PasswordRejectedException(Problem problem) {
            super("Password rejected: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
