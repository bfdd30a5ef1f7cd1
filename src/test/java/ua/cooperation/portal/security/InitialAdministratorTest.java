package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InitialAdministratorTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final org.springframework.security.crypto.password.PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void an_empty_database_gets_an_administrator_with_the_given_password() {
        when(accounts.count()).thenReturn(0L);
        new InitialAdministrator(accounts, encoder, "first start secret").run(null);

        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(encoder.matches("first start secret", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void existing_users_are_left_alone() {
        when(accounts.count()).thenReturn(3L);
        new InitialAdministrator(accounts, encoder, "first start secret").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void a_short_password_stops_the_start_with_a_clear_message() {
        when(accounts.count()).thenReturn(0L);
        assertThatThrownBy(() -> new InitialAdministrator(accounts, encoder, "short").run(null))
                .hasMessageContaining("at least 12 characters");
        verify(accounts, never()).save(any());
    }
}
