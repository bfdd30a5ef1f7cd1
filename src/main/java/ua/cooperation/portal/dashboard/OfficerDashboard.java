package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.ChangedRecord;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.dashboard.DashboardRows.ProgrammeRow;

import java.util.List;

/**
 * An officer's start: their own open action items (overdue first), this week's meetings (Monday to Sunday, Kyiv),
 * the programmes a head returned to the officers, and the records changed lately.
 */
public record OfficerDashboard(long openItems, long overdueItems, List<ActionItemRow> items,
                               Period week, long meetingsThisWeek, List<MeetingRow> meetings,
                               long returnedProgrammes, List<ProgrammeRow> returned,
                               List<ChangedRecord> recentlyChanged) {
}
