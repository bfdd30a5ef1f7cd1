package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.notification.DeliveryProblem;
import ua.cooperation.portal.notification.NotificationChannel;
import ua.cooperation.portal.notification.NotificationDeliveries;
import ua.cooperation.portal.notification.NotificationItem;
import ua.cooperation.portal.notification.NotificationLinks;
import ua.cooperation.portal.notification.NotificationPreference;
import ua.cooperation.portal.notification.NotificationPreferences;
import ua.cooperation.portal.notification.NotificationKind;
import ua.cooperation.portal.notification.NotificationService;
import ua.cooperation.portal.notification.TestNotifications;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** The bell, the inbox and the follow button, as a liaison and an officer use them. */
class NotificationViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    NotificationService notifications;
    @Autowired
    FollowService follows;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationDeliveries deliveries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liaison_sees_the_bell_count_go_up_on_poll_and_opens_the_record_from_the_inbox() {
        signInAs("liaison-lt", Locale.ENGLISH);
        notifications.markAllRead();
        UI.getCurrent().navigate("meetings");
        var bell = _get(NotificationBell.class, spec -> spec.withId(NotificationBell.ID));
        assertThat(bell.shownCount()).isEqualTo("0");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("No unread notifications");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        long id = sharedLithuanianProgramme();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(bell.shownCount()).isEqualTo("1");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("1 unread notifications");
        assertThat(bell.getHref()).isEqualTo("inbox");

        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<NotificationItem> grid = _get(Grid.class, spec -> spec.withId(InboxView.ID_GRID));
        assertThat(_size(grid)).isEqualTo(1);
        var row = _get(grid, 0);
        assertThat(row.kind()).isEqualTo(NotificationKind.RECORD_SHARED);
        assertThat(row.subjectId()).isEqualTo(id);
        var open = (Button) _getCellComponent(grid, 0, "record");
        assertThat(open.getId()).contains(InboxView.ID_OPEN_PREFIX + row.id());
        _click(open);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("programmes/" + id);
        assertThat(notifications.countUnread()).isZero();
    }

    @Test
    void liaison_filters_the_inbox_by_kind_and_marks_all_read() {
        long id = sharedLithuanianProgramme();
        try (var ignored = as("liaison-lt")) {
            follows.follow(TextOwnerKind.PROGRAMME, id);
        }
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<NotificationItem> grid = _get(Grid.class, spec -> spec.withId(InboxView.ID_GRID));
        assertThat(_size(grid)).isPositive();
        @SuppressWarnings("unchecked")
        ComboBox<NotificationKind> kind = _get(ComboBox.class, spec -> spec.withId(InboxView.ID_KIND));
        kind.setValue(NotificationKind.PROGRAMME_APPROVED);
        assertThat(_size(grid)).isZero();
        kind.setValue(NotificationKind.RECORD_SHARED);
        assertThat(_size(grid)).isPositive();
        kind.clear();
        _click(_get(Button.class, spec -> spec.withId(InboxView.ID_MARK_ALL)));
        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No notifications");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> show = _get(RadioButtonGroup.class, spec -> spec.withId(InboxView.ID_SHOW));
        show.setValue(InboxView.ALL);
        assertThat(_size(grid)).isPositive();
        assertThat(_get(grid, 0).read()).isTrue();
    }

    @Test
    void a_reader_follows_a_programme_from_its_page_and_stops() {
        long id = sharedLithuanianProgramme();
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/" + id);
        var button = _get(FollowButton.class, spec -> spec.withId(FollowButton.ID));
        assertThat(button.isFollowing()).isFalse();
        assertThat(button.getText()).isEqualTo("Follow");
        _click(button);
        assertThat(button.getText()).isEqualTo("Following");
        assertThat(button.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(follows.isFollowing(TextOwnerKind.PROGRAMME, id)).isTrue();
        _click(button);
        assertThat(follows.isFollowing(TextOwnerKind.PROGRAMME, id)).isFalse();
    }

    @Test
    void liaison_opens_her_preferences_from_the_inbox_and_moves_changed_records_to_the_digest() {
        signInAs("liaison-lt", Locale.ENGLISH);
        try {
            UI.getCurrent().navigate("inbox");
            _click(_get(Button.class, spec -> spec.withId(InboxView.ID_PREFERENCES)));
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo(NotificationLinks.PREFERENCES);
            var changed = channelSelect(NotificationKind.RECORD_CHANGED);
            assertThat(changed.getValue()).isEqualTo(NotificationChannel.PORTAL);
            assertThat(changed.getItemLabelGenerator().apply(NotificationChannel.PORTAL))
                    .isEqualTo("In the portal only (default)");
            assertThat(channelSelect(NotificationKind.RECORD_SHARED).getValue()).isEqualTo(NotificationChannel.EMAIL);
            _setValue(changed, NotificationChannel.DIGEST);
            expectNotifications("Saved");
            assertThat(preferences.mine()).filteredOn(p -> p.kind() == NotificationKind.RECORD_CHANGED)
                    .singleElement().extracting(NotificationPreference::channel).isEqualTo(NotificationChannel.DIGEST);
            // the page read again shows her choice
            UI.getCurrent().navigate("inbox");
            UI.getCurrent().navigate(NotificationLinks.PREFERENCES);
            assertThat(channelSelect(NotificationKind.RECORD_CHANGED).getValue())
                    .isEqualTo(NotificationChannel.DIGEST);
        } finally {
            preferences.set(NotificationKind.RECORD_CHANGED, NotificationChannel.PORTAL);
        }
    }

    @Test
    void admin_sees_a_failed_message_with_its_error_and_resends_it() {
        long programme = sharedLithuanianProgramme();
        long notification = jdbc.queryForObject("select min(id) from notification where subject_kind = 'PROGRAMME'"
                + " and subject_id = ?", Long.class, programme);
        jdbc.update("insert into notification_delivery (notification_id, channel, state, attempts, next_attempt_at,"
                + " created_at, last_error, version) values (?, 'EMAIL', 'FAILED', 6, ?, ?, ?, 0)", notification,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), "550 mailbox unavailable");
        long id = jdbc.queryForObject("select max(id) from notification_delivery", Long.class);
        try {
            signInAs("admin", Locale.ENGLISH);
            UI.getCurrent().navigate(NotificationLinks.DELIVERIES);
            @SuppressWarnings("unchecked")
            Grid<DeliveryProblem> grid = _get(Grid.class, spec -> spec.withId(DeliveriesView.ID_GRID));
            int index = java.util.stream.IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).id() == id)
                    .findFirst().orElseThrow();
            var row = _get(grid, index);
            assertThat(row.lastError()).isEqualTo("550 mailbox unavailable");
            assertThat(row.attempts()).isEqualTo(6);
            assertThat(row.email()).isNull();
            var resend = (Button) _getCellComponent(grid, index, "resend");
            assertThat(resend.getId()).contains(DeliveriesView.ID_RESEND_PREFIX + id);
            _click(resend);
            expectNotifications("The message is queued again");
            assertThat(java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                    .map(DeliveryProblem::id)).doesNotContain(id);
            assertThat(jdbc.queryForMap("select state, attempts, last_error from notification_delivery where id = ?",
                    id)).containsEntry("state", "PENDING").containsEntry("attempts", 0)
                    .containsEntry("last_error", null);
        } finally {
            jdbc.update("update notification_delivery set state = 'SKIPPED' where id = ?", id);
        }
    }

    @Test
    void a_liaison_and_an_officer_opening_the_undelivered_messages_get_not_found() {
        for (var user : java.util.List.of("liaison-lt", "officer")) {
            signInAs(user, Locale.ENGLISH);
            UI.getCurrent().navigate(NotificationLinks.DELIVERIES);
            assertThat(_find(Grid.class, spec -> spec.withId(DeliveriesView.ID_GRID))).isEmpty();
            assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("not-found")))
                    .isNotNull();
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> deliveries.resend(1L)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> deliveries.undelivered(10)).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<NotificationChannel> channelSelect(NotificationKind kind) {
        return _get(Select.class, spec -> spec.withId(NotificationPreferencesView.ID_PREFIX + kind.name()));
    }

    /** A new programme shared with Lithuania, created by the officer (whoever is signed in here). */
    private long sharedLithuanianProgramme() {
        var id = new long[1];
        asOtherUser("officer", () -> id[0] = programmes.create(TestNotifications.programme(Set.of("LT"), true), UK)
                .id());
        return id[0];
    }
}
