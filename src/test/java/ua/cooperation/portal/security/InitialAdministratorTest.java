package ua.cooperation.portal.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.util.ReflectionTestUtils;
import ua.cooperation.portal.audit.SecurityAuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first administrator of a database without demo data (ADR 0036): with PORTAL_INITIAL_ADMIN_PASSWORD as before,
 * without it a disabled {@code admin} and a one-time link in the log, made anew at each start until an administrator
 * exists; a portal that has one is left alone.
 */
class InitialAdministratorTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordTokenRepository tokens = mock(PasswordTokenRepository.class);
    private final SecurityAuditLog auditLog = mock(SecurityAuditLog.class);
    private final org.springframework.security.crypto.password.PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8081");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        ((Logger) LoggerFactory.getLogger(InitialAdministrator.class)).detachAppender(logged);
    }

    private InitialAdministrator start(String password) {
        return new InitialAdministrator(accounts, tokens, new FirstAdministrator(accounts), encoder, auditLog,
                Clock.fixed(NOW, ZoneOffset.UTC), environment, password);
    }

    private void noAdministratorYet() {
        when(accounts.countEnabledWithRole(Role.ADMIN)).thenReturn(0L);
        when(accounts.findByUsername("admin")).thenReturn(Optional.empty());
    }

    @Test
    void an_empty_database_gets_an_administrator_with_the_given_password() {
        noAdministratorYet();
        start("first start secret").run(null);

        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(saved.getValue().isEnabled()).isTrue();
        assertThat(encoder.matches("first start secret", saved.getValue().getPasswordHash())).isTrue();
        verify(tokens, never()).newLink(any(), any(), any());
    }

    @Test
    void a_portal_with_an_administrator_is_left_alone() {
        when(accounts.countEnabledWithRole(Role.ADMIN)).thenReturn(1L);
        start("first start secret").run(null);
        start("").run(null);
        verify(accounts, never()).save(any());
        verify(tokens, never()).newLink(any(), any(), any());
        assertThat(logged.list).isEmpty();
    }

    @Test
    void a_short_password_stops_the_start_with_a_clear_message() {
        noAdministratorYet();
        assertThatThrownBy(() -> start("short").run(null)).hasMessageContaining("at least 12 characters");
        verify(accounts, never()).save(any());
    }

    @Test
    void without_a_password_admin_is_created_disabled_and_a_one_time_link_goes_to_the_log() {
        noAdministratorYet();
        when(tokens.newLink(any(), eq(PasswordToken.Purpose.INVITATION), eq(NOW))).thenReturn("set-password/s3cret");
        start("").run(null);

        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        var admin = saved.getValue();
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).as("enabled only when the password is set through the link").isFalse();
        assertThat(encoder.matches("", admin.getPasswordHash())).isFalse();
        verify(tokens).newLink(admin, PasswordToken.Purpose.INVITATION, NOW);
        assertThat(logged.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("First administrator:", "http://localhost:8081/set-password/s3cret", "72 hours"));
    }

    @Test
    void every_start_makes_a_new_link_until_an_administrator_has_set_a_password() {
        var pending = pendingAdministrator();
        when(tokens.newLink(any(), any(), any())).thenReturn("set-password/first", "set-password/second");
        environment.setProperty("portal.url", "https://portal.example.org");
        start("").run(null);
        start("").run(null);

        verify(tokens, times(2)).newLink(pending, PasswordToken.Purpose.INVITATION, NOW);
        assertThat(pending.isEnabled()).isFalse();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("https://portal.example.org/set-password/first"))
                .anySatisfy(m -> assertThat(m).contains("https://portal.example.org/set-password/second"));
    }

    @Test
    void the_password_variable_also_completes_an_administrator_that_waits_for_its_link() {
        var pending = pendingAdministrator();
        start("a later start's secret").run(null);

        assertThat(pending.isEnabled()).isTrue();
        assertThat(encoder.matches("a later start's secret", pending.getPasswordHash())).isTrue();
        // the link of the earlier start must not set another password afterwards
        verify(tokens).invalidateOpenTokens(pending, NOW);
        verify(tokens, never()).newLink(any(), any(), any());
    }

    /** {@code admin} as an earlier start without the password left it: stored, disabled, no usable password. */
    private UserAccount pendingAdministrator() {
        var pending = new UserAccount("admin", "Administrator", "{noop}not-a-password", Set.of(Role.ADMIN));
        pending.setEnabled(false);
        ReflectionTestUtils.setField(pending, "id", 1L);
        when(accounts.countEnabledWithRole(Role.ADMIN)).thenReturn(0L);
        when(accounts.findByUsername("admin")).thenReturn(Optional.of(pending));
        return pending;
    }
}
