package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ActivityStatus;

import java.util.List;

/**
 * An embassy liaison's start: only the shared records of their own countries (through the country scope), like
 * every list they can open from here.
 */
public record LiaisonDashboard(List<Count<PartnershipStatus>> partnershipsByStatus,
                               List<Count<ActivityStatus>> programmesByStatus,
                               Period meetingPeriod, long upcomingMeetings, List<MeetingRow> meetings,
                               long openItems, long overdueItems, List<ActionItemRow> items) {
}
