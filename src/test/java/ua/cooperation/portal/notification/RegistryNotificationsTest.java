package ua.cooperation.portal.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.registry.NewPosition;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.notification.TestNotifications.LIAISON_LT;
import static ua.cooperation.portal.notification.TestNotifications.OFFICER;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The events of stage 2 (issue 20): an organisation's and a country's saves and a changed post holder reach the
 * record's followers (never the actor), a liaison only of her own country's records.
 */
@IntegrationTest
class RegistryNotificationsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long LT_MINISTRY = 2;
    private static final long LITHUANIAN_PERSON = 1;

    @Autowired
    OrganisationService organisations;
    @Autowired
    PositionService positions;
    @Autowired
    CountryService countries;
    @Autowired
    FollowService follows;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_followers_of_a_lithuanian_organisation_hear_of_its_save_and_of_a_new_post_holder() {
        try (var ignored = as("liaison-lt")) {
            follows.follow(TextOwnerKind.ORGANISATION, LT_MINISTRY);
        }
        try (var ignored = as("officer")) {
            follows.follow(TextOwnerKind.ORGANISATION, LT_MINISTRY);
        }
        long changedBefore = count(LIAISON_LT, NotificationKind.RECORD_CHANGED, "ORGANISATION", LT_MINISTRY);
        long postsBefore = count(LIAISON_LT, NotificationKind.POST_HOLDER_CHANGED, "ORGANISATION", LT_MINISTRY);
        long officerBefore = count(OFFICER, null, "ORGANISATION", LT_MINISTRY);
        try (var ignored = as("officer")) {
            var details = organisations.findVisibleById(LT_MINISTRY, UK).orElseThrow();
            var same = OrganisationChanges.of(details);
            organisations.update(same, UK);
            positions.add(new NewPosition(LITHUANIAN_PERSON, LT_MINISTRY, "Радник (сповіщення)",
                    positions.today().minusDays(1), null), UK);
        }
        assertThat(count(LIAISON_LT, NotificationKind.RECORD_CHANGED, "ORGANISATION", LT_MINISTRY))
                .isEqualTo(changedBefore + 1);
        assertThat(count(LIAISON_LT, NotificationKind.POST_HOLDER_CHANGED, "ORGANISATION", LT_MINISTRY))
                .isEqualTo(postsBefore + 1);
        // the officer who did it is not told, though she follows it
        assertThat(count(OFFICER, null, "ORGANISATION", LT_MINISTRY)).isEqualTo(officerBefore);
        try (var ignored = as("liaison-lt")) {
            follows.unfollow(TextOwnerKind.ORGANISATION, LT_MINISTRY);
        }
        try (var ignored = as("officer")) {
            follows.unfollow(TextOwnerKind.ORGANISATION, LT_MINISTRY);
        }
    }

    @Test
    void a_countrys_followers_hear_of_its_save_and_a_polish_follower_is_never_told_of_lithuania() {
        long lithuania = FollowService.countryId("LT");
        try (var ignored = as("liaison-lt")) {
            follows.follow(TextOwnerKind.COUNTRY, lithuania);
        }
        // a follow row a partner could not make through the service (another country's record): still not told
        jdbc.update("insert into notification_follow (account_id, subject_kind, subject_id, created_at)"
                + " values (?, 'COUNTRY', ?, current_timestamp)", TestNotifications.LIAISON_PL, lithuania);
        long before = count(LIAISON_LT, NotificationKind.RECORD_CHANGED, "COUNTRY", lithuania);
        try (var ignored = as("officer")) {
            var details = countries.findVisibleByCode("LT", UK).orElseThrow();
            countries.update(CountryChanges.of(details), UK);
        }
        assertThat(count(LIAISON_LT, NotificationKind.RECORD_CHANGED, "COUNTRY", lithuania)).isEqualTo(before + 1);
        assertThat(count(TestNotifications.LIAISON_PL, null, "COUNTRY", lithuania)).isZero();
        try (var ignored = as("liaison-lt")) {
            assertThat(inboxTitles()).contains("Литва");
            follows.unfollow(TextOwnerKind.COUNTRY, lithuania);
        }
        jdbc.update("delete from notification_follow where account_id = ? and subject_kind = 'COUNTRY'"
                + " and subject_id = ?", TestNotifications.LIAISON_PL, lithuania);
    }

    @Autowired
    NotificationService notifications;

    private List<String> inboxTitles() {
        return notifications.inbox(false, NotificationKind.RECORD_CHANGED, null, 20, UK).stream()
                .map(NotificationItem::title).toList();
    }

    private long count(long account, NotificationKind kind, String subjectKind, long subjectId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and subject_kind = ?"
                + " and subject_id = ? and (? is null or event_kind = ?)", Long.class, account, subjectKind,
                subjectId, kind == null ? null : kind.name(), kind == null ? null : kind.name());
    }
}
