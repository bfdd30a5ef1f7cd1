package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.ProposalChanges;
import ua.cooperation.portal.proposal.ProposalDetails;
import ua.cooperation.portal.proposal.ProposalListItem;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.proposal.ProposalStatus;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** Stories of proposals on their pages: a liaison proposes, an officer accepts with another date or declines. */
class ProposalViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProposalService proposals;
    @Autowired
    MeetingService meetings;
    @Autowired
    PortalTime time;

    @Test
    void a_liaison_proposes_a_visit_with_two_dates_through_the_dialog_and_sees_it_in_her_list() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("proposals");
        _click(_get(Button.class, spec -> spec.withId(ProposalListView.ID_NEW)));
        @SuppressWarnings("unchecked")
        Select<MeetingType> kind = _get(Select.class, spec -> spec.withId("proposal-kind"));
        kind.setValue(MeetingType.WORKING_VISIT);
        _get(TextField.class, spec -> spec.withId("proposal-title")).setValue("Вікна: візит делегації Алітуса");
        _get(TextArea.class, spec -> spec.withId("proposal-description")).setValue("Співпраця шкіл");
        var start = LocalDateTime.now(PortalTime.ZONE).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        _get(DateTimePicker.class, spec -> spec.withId("proposal-option-1-start")).setValue(start);
        assertThat(_find(DateTimePicker.class, spec -> spec.withId("proposal-option-2-start"))).as("one date at first")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("proposal-add-option")));
        _get(DateTimePicker.class, spec -> spec.withId("proposal-option-2-start")).setValue(start.plusDays(7));
        _get(DateTimePicker.class, spec -> spec.withId("proposal-option-2-end")).setValue(start.plusDays(7).plusHours(4));
        _get(TextField.class, spec -> spec.withId("proposal-place")).setValue("Луганська ОВА, Дніпро");
        _get(TextArea.class, spec -> spec.withId("proposal-participants")).setValue("Вілма Казлаускене");
        _click(_get(Button.class, spec -> spec.withId("proposal-create")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("proposals/");
        assertThat(_get(Span.class, spec -> spec.withId(ProposalDetailsView.ID_STATUS)).getText())
                .isEqualTo("Запропоновано");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(c -> c.getText())
                .anyMatch(text -> text.startsWith("Дата 2:"));
        assertThat(_find(Button.class, spec -> spec.withId(ProposalDetailsView.ID_ACCEPT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(ProposalDetailsView.ID_WITHDRAW))).hasSize(1);

        UI.getCurrent().navigate("proposals");
        @SuppressWarnings("unchecked")
        Grid<ProposalListItem> grid = _get(Grid.class, spec -> spec.withId(ProposalListView.ID_GRID));
        assertThat(_get(grid, 0).title()).as("newest first").isEqualTo("Вікна: візит делегації Алітуса");
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).countryCode()).isEqualTo("LT");
        }
    }

    @Test
    void a_liaison_without_a_date_is_told_at_the_field_and_nothing_is_stored() {
        signInAs("liaison-lt");
        long before = proposals.countVisible(ua.cooperation.portal.proposal.ProposalFilter.none());
        UI.getCurrent().navigate("proposals");
        _click(_get(Button.class, spec -> spec.withId(ProposalListView.ID_NEW)));
        @SuppressWarnings("unchecked")
        Select<MeetingType> kind = _get(Select.class, spec -> spec.withId("proposal-kind"));
        kind.setValue(MeetingType.VIDEO_CALL);
        _get(TextField.class, spec -> spec.withId("proposal-title")).setValue("Вікна: без дати");
        _get(TextField.class, spec -> spec.withId("proposal-online-link")).setValue("https://meet.jit.si/x");
        _click(_get(Button.class, spec -> spec.withId("proposal-create")));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("proposal-option-1-start")).isInvalid()).isTrue();
        assertThat(proposals.countVisible(ua.cooperation.portal.proposal.ProposalFilter.none())).isEqualTo(before);
    }

    @Test
    void an_officer_accepts_a_proposal_with_another_date_and_opens_the_meeting() {
        var proposal = proposeAsLithuania("Вікна: прийняти з іншою датою");
        signInAs("officer");
        UI.getCurrent().navigate("proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withId(ProposalDetailsView.ID_ACCEPT)));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> choice = _get(RadioButtonGroup.class,
                spec -> spec.withId(AcceptProposalDialog.ID_CHOICE));
        choice.setValue(AcceptProposalDialog.OTHER);
        var start = LocalDateTime.now(PortalTime.ZONE).plusDays(50).truncatedTo(ChronoUnit.HOURS);
        _get(DateTimePicker.class, spec -> spec.withId("proposal-accept-start")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withId("proposal-accept-end")).setValue(start.plusHours(2));
        _click(_get(Button.class, spec -> spec.withId("proposal-accept-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId(ProposalDetailsView.ID_STATUS)).getText())
                .isEqualTo("Прийнято");
        var link = _get(Anchor.class, spec -> spec.withId(ProposalDetailsView.ID_MEETING_LINK));
        assertThat(link.getHref()).startsWith(MeetingLinks.ROUTE + "/");
        long meetingId = Long.parseLong(link.getHref().substring(MeetingLinks.ROUTE.length() + 1));
        var meeting = meetings.findVisibleById(meetingId, UK).orElseThrow();
        assertThat(meeting.startsAt()).isEqualTo(start.atZone(PortalTime.ZONE).toInstant());
        assertThat(meeting.sharedWithPartners()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId(ProposalDetailsView.ID_ACCEPT))).isEmpty();

        signInAs("liaison-lt");
        UI.getCurrent().navigate("proposals/" + proposal.id());
        assertThat(_get(Anchor.class, spec -> spec.withId(ProposalDetailsView.ID_MEETING_LINK)).getHref())
                .isEqualTo(link.getHref());
        UI.getCurrent().navigate(link.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(link.getHref());
    }

    @Test
    void an_officer_declines_with_a_reason_and_the_liaison_reads_it_on_her_proposal() {
        var proposal = proposeAsLithuania("Вікна: відхилити");
        signInAs("officer");
        UI.getCurrent().navigate("proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withId(ProposalDetailsView.ID_DECLINE)));
        _click(_get(Button.class, spec -> spec.withId("proposal-decline-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("proposal-decline-reason")).isInvalid())
                .as("a reason is required").isTrue();
        _get(TextArea.class, spec -> spec.withId("proposal-decline-reason")).setValue("Цієї весни не вийде");
        _click(_get(Button.class, spec -> spec.withId("proposal-decline-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId(ProposalDetailsView.ID_STATUS)).getText())
                .isEqualTo("Відхилено");

        signInAs("liaison-lt");
        UI.getCurrent().navigate("proposals/" + proposal.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId(ProposalDetailsView.ID_DECLINE_REASON)).getText())
                .contains("Цієї весни не вийде");
        assertThat(_find(Button.class, spec -> spec.withId(ProposalDetailsView.ID_WITHDRAW))).isEmpty();
    }

    @Test
    void a_liaison_withdraws_her_open_proposal_after_confirming() {
        var proposal = proposeAsLithuania("Вікна: відкликати");
        signInAs("liaison-lt");
        UI.getCurrent().navigate("proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withId(ProposalDetailsView.ID_WITHDRAW)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("proposal-withdraw-dialog")));
        assertThat(_get(Span.class, spec -> spec.withId(ProposalDetailsView.ID_STATUS)).getText())
                .isEqualTo("Відкликано");
    }

    @Test
    void the_office_sees_the_open_proposals_counted_in_the_navigation_and_partners_their_own_entry() {
        proposeAsLithuania("Вікна: лічильник");
        signInAs("officer");
        UI.getCurrent().navigate("proposals");
        assertThat(_find(Span.class, spec -> spec.withId("nav-proposals-badge"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId(ProposalListView.ID_NEW)))
                .as("the office does not propose").isEmpty();
        signInAs("liaison-pl");
        UI.getCurrent().navigate("proposals");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class,
                spec -> spec.withId("nav-my-proposals"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<ProposalListItem> grid = _get(Grid.class, spec -> spec.withId(ProposalListView.ID_GRID));
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).countryCode()).isEqualTo("PL");
        }
    }

    @Test
    void a_liaison_proposes_from_her_start_page_and_the_dialog_opens_at_once() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("");
        var link = _get(Anchor.class, spec -> spec.withId("dashboard-liaison-propose"));
        assertThat(link.getHref()).isEqualTo(ua.cooperation.portal.proposal.ProposalLinks.propose());
        var address = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(address[0], com.vaadin.flow.router.QueryParameters.fromString(address[1]));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("proposal-create-dialog"))).hasSize(1);
    }

    private ProposalDetails proposeAsLithuania(String title) {
        var start = time.now().plus(Duration.ofDays(35)).truncatedTo(ChronoUnit.HOURS);
        try (var ignored = SignedIn.as("liaison-lt")) {
            return proposals.propose(new ProposalChanges(MeetingType.DELEGATION_VISIT, title, "Опис", List.of(
                    new DateOption(start, start.plus(Duration.ofHours(3)))), "Дніпро", null, null, null));
        }
    }
}
