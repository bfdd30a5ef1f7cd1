package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void long_uncommon_passphrases_pass_without_composition_rules() {
        assertThat(policy.check("correct horse battery staple", "officer")).isEmpty();
        assertThat(policy.check("всі букви кирилицею", "officer")).isEmpty();
    }

    @Test
    void short_common_and_username_based_passwords_are_refused() {
        assertThat(policy.check("elevenchars", "x")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("qwertyuiop123", "x")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("baseball12345", "x")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("officer-is-my-name", "officer")).contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
        assertThat(policy.check("x".repeat(129), "y")).contains(PasswordPolicy.Problem.TOO_LONG);
    }
}
