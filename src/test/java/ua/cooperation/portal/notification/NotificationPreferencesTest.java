package ua.cooperation.portal.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Preferences per user and kind of event (ADR 0041, stage 2): defaults by role, only the deviations stored, OFF means
 * no inbox row at all, and nobody changes another's preferences nor her own during a preview.
 */
@IntegrationTest
class NotificationPreferencesTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    NotificationPreferences preferences;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    LiaisonPreview preview;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToDefaults() {
        jdbc.update("delete from notification_preference");
    }

    @Test
    void staff_and_partners_start_with_their_roles_defaults() {
        try (var ignored = as("head")) {
            assertThat(channelOf(NotificationKind.PROGRAMME_SUBMITTED)).isEqualTo(NotificationChannel.EMAIL);
            assertThat(channelOf(NotificationKind.RECORD_CHANGED)).isEqualTo(NotificationChannel.PORTAL);
            assertThat(channelOf(NotificationKind.RECORD_SHARED)).isEqualTo(NotificationChannel.PORTAL);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(channelOf(NotificationKind.RECORD_SHARED)).isEqualTo(NotificationChannel.EMAIL);
            assertThat(channelOf(NotificationKind.MEETING_CHANGED)).isEqualTo(NotificationChannel.EMAIL);
            assertThat(channelOf(NotificationKind.RECORD_CHANGED)).isEqualTo(NotificationChannel.PORTAL);
        }
    }

    @Test
    void a_choice_is_stored_only_while_it_differs_from_the_default_and_only_for_her() {
        try (var ignored = as("liaison-lt")) {
            preferences.set(NotificationKind.RECORD_CHANGED, NotificationChannel.DIGEST);
            assertThat(channelOf(NotificationKind.RECORD_CHANGED)).isEqualTo(NotificationChannel.DIGEST);
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(channelOf(NotificationKind.RECORD_CHANGED)).isEqualTo(NotificationChannel.PORTAL);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isEqualTo(1);
        try (var ignored = as("liaison-lt")) {
            preferences.set(NotificationKind.RECORD_CHANGED, NotificationChannel.PORTAL);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isZero();
    }

    @Test
    void off_means_no_inbox_row_and_the_others_are_still_told() {
        try (var ignored = as("liaison-lt")) {
            preferences.set(NotificationKind.RECORD_SHARED, NotificationChannel.OFF);
        }
        long id;
        try (var ignored = as("officer")) {
            id = programmes.create(TestNotifications.programme(Set.of("LT", "PL"), true), UK).id();
        }
        assertThat(jdbc.queryForList("select recipient_id from notification where subject_kind = 'PROGRAMME'"
                + " and subject_id = ?", Long.class, id)).contains(TestNotifications.LIAISON_PL)
                .doesNotContain(TestNotifications.LIAISON_LT);
    }

    @Test
    void an_officer_previewing_as_a_liaison_changes_no_preference() {
        try (var ignored = as("officer")) {
            preview.start("LT");
            try {
                assertThatThrownBy(() -> preferences.set(NotificationKind.RECORD_CHANGED, NotificationChannel.OFF))
                        .isInstanceOf(AccessDeniedException.class);
            } finally {
                preview.stop();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isZero();
    }

    private NotificationChannel channelOf(NotificationKind kind) {
        return preferences.mine().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow().channel();
    }
}
