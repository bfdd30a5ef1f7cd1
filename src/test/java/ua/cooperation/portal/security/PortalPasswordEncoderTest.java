package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Argon2id for new hashes, whole pass phrases of any length and script, and bcrypt hashes that still match. */
class PortalPasswordEncoderTest {

    private final org.springframework.security.crypto.password.PasswordEncoder encoder = PortalPasswordEncoder.create();

    @Test
    void new_hashes_are_argon2id_with_the_chosen_parameters() {
        var hash = encoder.encode("correct horse battery staple");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.length()).as("fits password_hash and code_hash (200)").isLessThanOrEqualTo(200);
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    /** bcrypt would use only the first 72 bytes (and Spring Security 7 refuses to hash more). */
    @Test
    void long_pass_phrases_are_hashed_whole() {
        var ukrainian = "Наша співпраця з громадами Литви триває вже десять років поспіль";
        assertThat(ukrainian.length()).isEqualTo(64);
        assertThat(ukrainian.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        var hash = encoder.encode(ukrainian);
        assertThat(encoder.matches(ukrainian, hash)).isTrue();
        assertThat(encoder.matches(ukrainian.substring(0, 63) + "ю", hash)).as("the last character counts").isFalse();
    }

    @Test
    void bcrypt_hashes_still_match_and_ask_to_be_replaced() {
        var bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("portal-demo-2025");
        assertThat(encoder.matches("portal-demo-2025", bcrypt)).isTrue();
        assertThat(encoder.matches("portal-demo-2026", bcrypt)).isFalse();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
    }
}
