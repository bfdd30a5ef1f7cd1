package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void five_wrong_second_factor_codes_in_a_row_lock_for_fifteen_minutes() {
        var account = new UserAccount("u", "U", "hash", Set.of(Role.OFFICER));
        for (int i = 1; i < 5; i++) {
            assertThat(account.registerWrongSecondFactorCode(now)).isFalse();
        }
        assertThat(account.registerWrongSecondFactorCode(now)).isTrue();
        assertThat(account.isLockedAt(now.plusSeconds(14 * 60 + 59))).isTrue();
        assertThat(account.isLockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void a_completed_sign_in_resets_the_wrong_code_count() {
        var account = new UserAccount("u", "U", "hash", Set.of(Role.OFFICER));
        for (int i = 1; i < 5; i++) {
            account.registerWrongSecondFactorCode(now);
        }
        account.registerSuccessfulSignIn(now);
        assertThat(account.registerWrongSecondFactorCode(now)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.getLastSignInAt()).isEqualTo(now);
    }

    @Test
    void a_guest_account_expires_on_its_expiry_date() {
        var account = new UserAccount("g", "G", "hash", Set.of(Role.LIAISON));
        account.setExpiresOn(LocalDate.of(2026, 3, 2));
        assertThat(account.isExpiredOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(account.isExpiredOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(new UserAccount("s", "S", "hash", Set.of(Role.OFFICER)).isExpiredOn(LocalDate.MAX)).isFalse();
    }

    @Test
    void staff_who_also_liaise_are_not_narrowed_to_countries() {
        var liaison = new PortalUser(1, "l", "L", "", Set.of(Role.LIAISON), Set.of("LT"), true, true, true);
        var officerAndLiaison = new PortalUser(2, "o", "O", "", Set.of(Role.LIAISON, Role.OFFICER), Set.of("LT"),
                true, true, true);
        assertThat(liaison.isCountryRestricted()).isTrue();
        assertThat(officerAndLiaison.isCountryRestricted()).isFalse();
    }
}
