package ua.cooperation.portal.reminder.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.reminder.ReminderService;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the navbar counts the user's reminders, marks an overdue item and links to the reminders page. */
class RemindersIndicatorTest extends KaribuTest {

    @Autowired
    ReminderService reminders;

    @Test
    void the_navbar_counts_my_reminders_and_an_overdue_item_turns_it_red() {
        // the Lithuanian liaison owns an overdue item of the demo embassy meeting
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("meetings");
        var bell = _get(RemindersIndicator.class, spec -> spec.withId(RemindersIndicator.ID));
        assertThat(bell.getHref()).isEqualTo("reminders");
        int expected = reminders.forCurrentUser(Locale.ENGLISH).size();
        assertThat(expected).isPositive();
        assertThat(bell.shownCount()).isEqualTo(expected);
        var count = _get(Span.class, spec -> spec.withId(RemindersIndicator.ID_COUNT));
        assertThat(count.getClassNames()).contains("portal-badge-overdue");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Reminders: " + expected);
        assertThat(_get(Anchor.class, spec -> spec.withId(RemindersIndicator.ID))).isSameAs(bell);
    }
}
