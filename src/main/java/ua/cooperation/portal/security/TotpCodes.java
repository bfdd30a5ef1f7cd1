package ua.cooperation.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238: 30-second steps, 6 digits, SHA-1) with one step of clock drift either way.
 * Unlike the library's verifier, which answers only yes or no, this tells which time step a code belongs to: a code
 * is accepted once, so the step of the last accepted code is stored and only later steps pass (ADR 0034).
 */
final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int ALLOWED_DRIFT_STEPS = 1;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** The time step now. */
    long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }

    /** The time step within the allowed drift whose code {@code code} is, if any. */
    OptionalLong matchingStep(String secret, String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (sameCode(codeAt(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute a two-factor code", e);
        }
    }

    /** Compares in constant time, so that the time of an answer tells nothing about how many digits were right. */
    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
