package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipKind;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.proposal.Acceptance;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.ProposalChanges;
import ua.cooperation.portal.proposal.ProposalDetails;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest bound to an organisation (the IOM mission, ADR 0042) sees the records shared with partners that name her
 * organisation, and her organisation in the registry — nothing of any country's liaison scope, and liaisons bound to
 * countries see nothing of hers.
 */
@IntegrationTest
class OrganisationGuestScopeTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final long EMBASSY_LT_MEETING = 1;
    private static final long IOM_CALL = 3;
    private static final long LITHUANIAN_EMBASSY = 3;
    private static final PageRequest ALL = PageRequest.of(0, 500);

    @Autowired
    MeetingService meetings;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    CountryService countries;
    @Autowired
    ProposalService proposals;

    @Test
    void the_iom_guest_sees_the_shared_call_with_her_mission_and_no_meeting_of_a_country() {
        try (var ignored = SignedIn.as("guest-iom")) {
            assertThat(meetings.findVisibleById(IOM_CALL, EN)).isPresent();
            assertThat(meetings.findVisibleById(EMBASSY_LT_MEETING, EN)).isEmpty();
            var listed = meetings.findVisible(MeetingFilter.none(), ALL, EN);
            assertThat(listed).extracting(MeetingListItem::id).contains(IOM_CALL).doesNotContain(EMBASSY_LT_MEETING);
            listed.forEach(m -> assertThat(meetings.findVisibleById(m.id(), EN).orElseThrow().organisations())
                    .as("every meeting she is shown names her mission")
                    .anyMatch(o -> o.id() == SignedIn.IOM_MISSION));
            assertThat(meetings.countVisible(MeetingFilter.none())).isEqualTo(listed.size());
        }
    }

    @Test
    void the_iom_guest_reads_her_own_organisation_and_no_other_of_the_registry() {
        try (var ignored = SignedIn.as("guest-iom")) {
            assertThat(organisations.findVisibleById(SignedIn.IOM_MISSION, EN)).isPresent();
            assertThat(organisations.findVisibleById(LITHUANIAN_EMBASSY, EN)).isEmpty();
            assertThat(organisations.findVisible(OrganisationFilter.none(), ALL, EN))
                    .extracting(OrganisationListItem::id).containsExactly(SignedIn.IOM_MISSION);
            assertThat(people.countVisible(PersonFilter.none())).isZero();
            assertThat(countries.countVisible(CountryFilter.none())).isZero();
        }
    }

    @Test
    void programmes_and_partnerships_she_is_shown_name_her_mission() {
        try (var ignored = SignedIn.as("guest-iom")) {
            programmes.findVisible(ProgrammeFilter.none(), ALL, EN).forEach(p ->
                    assertThat(programmes.findVisibleById(p.id(), EN).orElseThrow().participants())
                            .anyMatch(o -> o.organisationId() == SignedIn.IOM_MISSION));
            // a partnership between institutions may name the mission on either side (issue 22)
            partnerships.findVisible(PartnershipFilter.none(), ALL, EN).forEach(p -> {
                var details = partnerships.findVisibleById(p.id(), EN).orElseThrow();
                assertThat(details.kind() == PartnershipKind.INSTITUTIONAL
                        && details.ukrainian().id() == SignedIn.IOM_MISSION || details.partnerOrganisation() != null
                        && details.partnerOrganisation().id() == SignedIn.IOM_MISSION).as(details.name()).isTrue();
            });
        }
    }

    @Test
    void a_liaison_bound_to_countries_does_not_see_the_call_shared_with_the_mission() {
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(meetings.findVisibleById(IOM_CALL, EN)).isEmpty();
            assertThat(organisations.findVisibleById(SignedIn.IOM_MISSION, EN)).isEmpty();
        }
    }

    @Test
    void the_iom_guest_proposes_a_meeting_for_her_mission_and_sees_it_once_accepted() {
        var start = java.time.Instant.parse("2031-09-08T07:00:00Z");
        ProposalDetails proposed;
        try (var ignored = SignedIn.as("guest-iom")) {
            proposed = proposals.propose(new ProposalChanges(MeetingType.VIDEO_CALL, "IOM: support for displaced"
                    + " families " + System.nanoTime(), null, List.of(new DateOption(start, start.plusSeconds(3600))),
                    null, "https://meet.example.org/iom", "Hanna Lind", null));
            assertThat(proposals.findVisibleById(proposed.id())).isPresent();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(proposals.findVisibleById(proposed.id())).as("not hers: no country of hers").isEmpty();
        }
        long meetingId;
        try (var ignored = SignedIn.as("officer")) {
            meetingId = proposals.accept(proposed.id(), proposed.version(), Acceptance.ofOption(1)).meetingId();
            assertThat(meetings.findVisibleById(meetingId, EN).orElseThrow().organisations())
                    .anyMatch(o -> o.id() == SignedIn.IOM_MISSION);
        }
        try (var ignored = SignedIn.as("guest-iom")) {
            assertThat(meetings.findVisibleById(meetingId, EN)).as("the accepted meeting names her mission").isPresent();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(meetings.findVisibleById(meetingId, EN)).isEmpty();
        }
    }
}
