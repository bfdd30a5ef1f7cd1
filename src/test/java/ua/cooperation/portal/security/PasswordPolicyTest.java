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
    }

    /** Characters as people count them: an emoji is one, though Java stores it as two and UTF-8 as four bytes. */
    @Test
    void pass_phrases_up_to_the_limit_in_any_script_pass_and_one_character_more_is_refused() {
        assertThat(PasswordPolicy.MAX_LENGTH).as("at least 64 characters of any script").isGreaterThanOrEqualTo(64);
        var emoji = "🌻".repeat(PasswordPolicy.MAX_LENGTH);
        assertThat(policy.check(emoji, "x")).isEmpty();
        assertThat(policy.check(emoji + "🌻", "x")).contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.check("ї".repeat(PasswordPolicy.MAX_LENGTH + 1), "x"))
                .contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.check("🌻".repeat(PasswordPolicy.MIN_LENGTH - 1), "x"))
                .as("eleven emoji are eleven characters, not twenty-two").contains(PasswordPolicy.Problem.TOO_SHORT);
    }
}
