package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Money;
import ua.cooperation.portal.dashboard.DashboardRows.OwnerOverdue;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.Sector;

import java.util.List;

/**
 * A head's overview: partnerships by status and by country, programmes by activity status and by sector (a programme
 * of several sectors counts in each), money per country and currency, overdue action items by owner, the coming
 * visits and what awaits the head's decision.
 */
public record HeadDashboard(List<Count<PartnershipStatus>> partnershipsByStatus,
                            List<Count<String>> partnershipsByCountry,
                            List<Count<ActivityStatus>> programmesByStatus,
                            List<Count<Sector>> programmesBySector,
                            List<Money> money,
                            List<OwnerOverdue> overdueByOwner,
                            Period visitPeriod, List<Count<MeetingType>> visitsByType, List<MeetingRow> visits,
                            long programmesAwaitingApproval, long partnershipsAwaitingConfirmation) {

    /** Visits count as working and delegation visits. */
    public static final List<MeetingType> VISIT_TYPES = List.of(MeetingType.WORKING_VISIT, MeetingType.DELEGATION_VISIT);
}
