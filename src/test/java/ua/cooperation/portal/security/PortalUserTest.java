package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is narrowed to their own countries: everyone without a staff role, so that nobody sees everything by mistake. */
class PortalUserTest {

    private static PortalUser user(Set<Role> roles, Set<String> countries) {
        return new PortalUser(1, "someone", "Someone", "", roles, countries, true, true, true);
    }

    @Test
    void a_liaison_and_an_account_without_any_role_are_narrowed_staff_are_not() {
        assertThat(user(Set.of(Role.LIAISON), Set.of("LT")).isCountryRestricted()).isTrue();
        assertThat(user(Set.of(), Set.of()).isCountryRestricted()).as("no role: nothing, not everything").isTrue();
        assertThat(user(Set.of(Role.OFFICER), Set.of()).isCountryRestricted()).isFalse();
        assertThat(user(Set.of(Role.HEAD, Role.LIAISON), Set.of("LT")).isCountryRestricted()).isFalse();
        assertThat(user(Set.of(Role.ADMIN), Set.of()).isCountryRestricted()).isFalse();
    }
}
