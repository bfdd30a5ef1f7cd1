package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.ChangedRecord;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.dashboard.DashboardRows.ProgrammeRow;

import ua.cooperation.portal.base.ListCount;

import java.util.List;
import java.util.Map;

/**
 * An officer's start: their own open action items (overdue first), this week's meetings (Monday to Sunday, Kyiv),
 * the programmes a head returned to the officers, the records changed lately, and how many shared records wait for a
 * translation into each partner language ({@code translationsToDo}: language code → records, languages with none left
 * out, in the portal's order of languages).
 */
public record OfficerDashboard(long openItems, long overdueItems, List<ActionItemRow> items,
                               Period week, long meetingsThisWeek, List<MeetingRow> meetings,
                               long returnedProgrammes, List<ProgrammeRow> returned,
                               List<ChangedRecord> recentlyChanged, Map<String, ListCount> translationsToDo) {
}
