package ua.cooperation.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TwoFactorTest {

    @Autowired
    TwoFactor twoFactor;
    @Autowired
    PartnershipService partnerships;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void pending(String demoUser, boolean mustEnrol) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PendingSecondFactor(SignedIn.demoUser(demoUser), mustEnrol));
        SecurityContextHolder.setContext(context);
    }

    private static String codeFor(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
    }

    private static boolean signedInAsPortalUser() {
        return SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof PortalUser;
    }

    @Test
    void a_head_sets_up_the_second_factor_then_signs_in_with_codes_or_a_recovery_code_once() throws Exception {
        assertThat(TwoFactor.requiredFor(SignedIn.demoUser("head"))).isTrue();
        assertThat(TwoFactor.requiredFor(SignedIn.demoUser("admin"))).isTrue();
        assertThat(TwoFactor.requiredFor(SignedIn.demoUser("officer"))).isFalse();

        pending("head", true);
        var secret = twoFactor.newSecret();
        assertThat(secret.qrDataUri()).startsWith("data:image/png;base64,");
        assertThatThrownBy(() -> twoFactor.enrol(secret.secret(), "000000"))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
        assertThat(signedInAsPortalUser()).isFalse();
        var recovery = twoFactor.enrol(secret.secret(), codeFor(secret.secret()));
        assertThat(recovery).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(signedInAsPortalUser()).as("signed in after setting it up").isTrue();
        assertThat(twoFactor.isEnrolled(3)).isTrue();

        pending("head", false);
        twoFactor.verify(codeFor(secret.secret()));
        assertThat(signedInAsPortalUser()).isTrue();

        pending("head", false);
        twoFactor.verify(recovery.getFirst());
        assertThat(signedInAsPortalUser()).isTrue();
        pending("head", false);
        assertThatThrownBy(() -> twoFactor.verify(recovery.getFirst())).as("a recovery code works once")
                .isInstanceOf(TwoFactor.WrongCodeException.class);
    }

    @Test
    void five_wrong_codes_end_the_attempt() {
        pending("admin", true);
        var secret = twoFactor.newSecret();
        for (int left = 4; left >= 0; left--) {
            int expected = left;
            assertThatThrownBy(() -> twoFactor.enrol(secret.secret(), "123 456"))
                    .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class,
                            e -> assertThat(e.attemptsLeft()).isEqualTo(expected));
        }
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
    }

    @Test
    void while_the_second_factor_is_pending_the_services_see_nobody() {
        pending("head", false);
        assertThat(partnerships.countVisible(PartnershipFilter.none())).isZero();
        pending("admin", false);
        assertThatThrownBy(() -> partnerships.create(new PartnershipChanges(null, 0, "UA44100010000048313", 2L, null,
                PartnershipType.INFORMAL, Set.of(), null, null, null, null, false), Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        try (var ignored = SignedIn.as("head")) {
            assertThat(partnerships.countVisible(PartnershipFilter.none())).isPositive();
        }
    }
}
