package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.country.CountryDetails;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.testsupport.DatabaseProxy;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database stops while people work (issue 9): the shared test context reaches MariaDB through a
 * {@link DatabaseProxy} that these tests cut and restore. A save gives the translated "database unavailable, your
 * input is kept" message, the fields keep what was typed, nothing is stored; once the database is back the same
 * click saves, without a restart. On H2 (in memory, no network) there is nothing to cut: skipped.
 */
class DatabaseOutageViewTest extends KaribuTest {

    // the ids of the country page (CountryForm, CountryDetailsView) and the meeting's decision dialog are
    // package-private constants there
    private static final String COUNTRY_NOTES = "country-notes";
    private static final String COUNTRY_STATUS = "country-status";
    private static final String COUNTRY_SAVE = "country-save";
    private static final String COUNTRY = "NZ";

    @Autowired
    CountryService countries;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;

    private static DatabaseProxy proxy() {
        var proxy = DatabaseProxy.testContext();
        assumeTrue(proxy.isPresent(), "SKIPPED: the tests run on H2 in memory; a database outage needs MariaDB "
                + "behind the test proxy (PORTAL_TEST_DB=mariadb)");
        return proxy.get();
    }

    private CountryDetails stored() {
        return countries.findVisibleByCode(COUNTRY, Locale.ENGLISH).orElseThrow();
    }

    /**
     * Clicks as Vaadin does for a browser's click: a failure of the listener goes to the session's error handler.
     * (Karibu calls the listener directly and hands the failure to the test.)
     */
    private static void clickAsTheBrowserWould(Button button) {
        try {
            _click(button);
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
    }

    /**
     * The portal reconnects by itself, but not at the very instant the database returns: the pool retries with a
     * growing pause (HikariCP, up to a few seconds). Asks as a user would, again and again, and reports how long
     * the first successful answer took.
     */
    private CountryDetails awaitDatabase() {
        var restored = System.nanoTime();
        var deadline = restored + 60_000_000_000L;
        while (true) {
            try {
                var details = stored();
                System.out.printf("[fault] the database answered again %d ms after it came back%n",
                        (System.nanoTime() - restored) / 1_000_000);
                return details;
            } catch (org.springframework.transaction.CannotCreateTransactionException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
            }
        }
    }

    @Test
    void officer_saving_while_the_database_is_down_keeps_the_input_and_saves_it_once_the_database_is_back() {
        var proxy = proxy();
        signInAs("officer", Locale.ENGLISH);
        var before = stored();
        UI.getCurrent().navigate("countries/" + COUNTRY);
        var notes = _get(TextArea.class, spec -> spec.withId(COUNTRY_NOTES));
        @SuppressWarnings("unchecked")
        Select<PartnerStatus> status = _get(Select.class, spec -> spec.withId(COUNTRY_STATUS));
        var typed = "Typed during an outage " + System.nanoTime();
        var otherStatus = before.partnerStatus() == PartnerStatus.PROSPECTIVE
                ? PartnerStatus.OTHER : PartnerStatus.PROSPECTIVE;
        notes.setValue(typed);
        status.setValue(otherStatus);
        var save = _get(Button.class, spec -> spec.withId(COUNTRY_SAVE));

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(PortalErrorHandler.class);
        proxy.cut();
        try {
            var started = System.nanoTime();
            clickAsTheBrowserWould(save);
            System.out.printf("[fault] save with the database down: the user waited %d ms for the message%n",
                    (System.nanoTime() - started) / 1_000_000);

            var message = _get(Notification.class, spec -> spec.withId(PortalErrorHandler.ID_NOTIFICATION));
            assertThat(message.isOpened()).isTrue();
            assertThat(message.getElement().getTextRecursively())
                    .contains("Database unavailable", "Your input is kept in the fields, but nothing was saved");
            assertThat(notes.getValue()).isEqualTo(typed);
            assertThat(status.getValue()).isEqualTo(otherStatus);
            assertThat(describeCurrentPage()).startsWith("CountryDetailsView");

            // a second click while still down: one message, not a pile of them
            clickAsTheBrowserWould(save);
            assertThat(_find(Notification.class, spec -> spec.withId(PortalErrorHandler.ID_NOTIFICATION))
                    .stream().filter(Notification::isOpened)).hasSize(1);
        } finally {
            proxy.restore();
        }

        assertThat(awaitDatabase()).as("nothing was stored during the outage").isEqualTo(before);

        clickAsTheBrowserWould(save);
        var after = stored();
        assertThat(after.notes()).isEqualTo(typed);
        assertThat(after.partnerStatus()).isEqualTo(otherStatus);
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void officer_adding_a_decision_while_the_database_is_down_keeps_the_dialog_open_with_the_text() {
        var proxy = proxy();
        signInAs("officer", Locale.ENGLISH);
        var meeting = TestMeetings.newInternalMeeting(meetings, "Outage test " + System.nanoTime());
        UI.getCurrent().navigate("meetings/" + meeting);
        _get(TabSheet.class, spec -> spec.withId("meeting-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("meeting-tab-decisions")));
        _click(_get(Button.class, spec -> spec.withId("meeting-decision-new")));
        var text = _get(TextArea.class, spec -> spec.withId("decision-text"));
        text.setValue("Exchange lists of schools");
        var save = _get(Button.class, spec -> spec.withId("decision-save"));

        proxy.cut();
        try {
            clickAsTheBrowserWould(save);
            assertThat(_get(Notification.class, spec -> spec.withId(PortalErrorHandler.ID_NOTIFICATION)).isOpened())
                    .isTrue();
            assertThat(_get(Dialog.class, spec -> spec.withId("decision-dialog")).isOpened()).isTrue();
            assertThat(text.getValue()).isEqualTo("Exchange lists of schools");
        } finally {
            proxy.restore();
        }
        awaitDatabase();
        assertThat(decisionService.decisionsOf(meeting)).as("nothing stored during the outage").isEmpty();

        clickAsTheBrowserWould(save);
        assertThat(decisionService.decisionsOf(meeting)).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("Exchange lists of schools"));
    }

    @Test
    void opening_a_page_while_the_database_is_down_shows_the_translated_page_and_try_again_opens_it_later() {
        var proxy = proxy();
        signInAs("officer");
        proxy.cut();
        try {
            var started = System.nanoTime();
            UI.getCurrent().navigate("countries/" + COUNTRY);
            System.out.printf("[fault] opening a page with the database down: the user waited %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(describeCurrentPage()).startsWith("DatabaseUnavailableView")
                    .endsWith("#" + DatabaseUnavailableView.ID);
            assertThat(_get(VerticalLayout.class, spec -> spec.withId(DatabaseUnavailableView.ID)).getElement()
                    .getTextRecursively()).contains("База даних недоступна", "Портал перепідключиться сам");
        } finally {
            proxy.restore();
        }
        awaitDatabase();
        _click(_get(Button.class, spec -> spec.withId(DatabaseUnavailableView.ID_RETRY)));
        assertThat(describeCurrentPage()).startsWith("CountryDetailsView");
        assertThat(_get(TextArea.class, spec -> spec.withId(COUNTRY_NOTES)).getValue())
                .isEqualTo(stored().notes() == null ? "" : stored().notes());
    }
}
