package ua.cooperation.portal.reminder;

import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.partnership.PartnershipLinks;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The reminders of the signed-in user, selected through the features' own scoped services (so a liaison is reminded
 * only of what they may see): their own action items due within {@link #ACTION_ITEM_DAYS} days or overdue, partnership
 * agreements (signed, active or dormant) ending within {@link #AGREEMENT_DAYS} days, and partner countries' national
 * days within {@link #NATIONAL_DAY_DAYS} days. "Today" is the office's day in Europe/Kyiv.
 */
@Service
public class ReminderService {

    public static final int ACTION_ITEM_DAYS = 3;
    public static final int AGREEMENT_DAYS = 60;
    public static final int NATIONAL_DAY_DAYS = 7;
    private static final int PAGE = 200;
    private static final int MAX_PAGES = 50;

    private final ActionItemService meetings;
    private final PartnershipService partnerships;
    private final CountryService countries;

    ReminderService(ActionItemService meetings, PartnershipService partnerships, CountryService countries) {
        this.meetings = meetings;
        this.partnerships = partnerships;
        this.countries = countries;
    }

    /** The current user's reminders, overdue items first, then by date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Reminder> forCurrentUser(Locale language) {
        var today = meetings.today();
        var result = new ArrayList<Reminder>();
        for (var item : meetings.myActionItems(false, language)) {
            if (item.overdue()) {
                result.add(new Reminder(ReminderKind.ACTION_ITEM_OVERDUE, item.dueOn(), item.shownTitle().orEmpty(),
                        MeetingLinks.details(item.meetingId())));
            } else if (!item.dueOn().isAfter(today.plusDays(ACTION_ITEM_DAYS))) {
                result.add(new Reminder(ReminderKind.ACTION_ITEM_DUE_SOON, item.dueOn(), item.shownTitle().orEmpty(),
                        MeetingLinks.details(item.meetingId())));
            }
        }
        var horizon = today.plusDays(AGREEMENT_DAYS);
        for (var status : List.of(PartnershipStatus.SIGNED, PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT)) {
            var filter = new PartnershipFilter(null, null, null, status, null, null, false);
            for (int page = 0; page < MAX_PAGES; page++) {
                var rows = partnerships.findVisible(filter, PageRequest.of(page, PAGE,
                        Sort.by(Sort.Direction.ASC, PartnershipService.SORT_VALID_UNTIL)), language);
                rows.stream().filter(p -> p.validUntil() != null && !p.validUntil().isBefore(today)
                                && !p.validUntil().isAfter(horizon))
                        .forEach(p -> result.add(new Reminder(ReminderKind.AGREEMENT_EXPIRING, p.validUntil(),
                                p.name(), PartnershipLinks.details(p.id()))));
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            var rows = countries.findVisible(new CountryFilter(null, PartnerStatus.PARTNER),
                    PageRequest.of(page, PAGE), language);
            for (var country : rows) {
                var next = nextOccurrence(country.nationalDay(), today);
                if (next != null && !next.isAfter(today.plusDays(NATIONAL_DAY_DAYS))) {
                    result.add(new Reminder(ReminderKind.NATIONAL_DAY, next,
                            CountryNames.displayName(country.code(), language), CountryLinks.details(country.code())));
                }
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        result.sort(Comparator.comparing((Reminder r) -> r.kind() != ReminderKind.ACTION_ITEM_OVERDUE)
                .thenComparing(Reminder::date).thenComparing(Reminder::subject));
        return result;
    }

    /** The next date (today included) on which {@code day} falls; 29 February falls on 28 February in other years. */
    static LocalDate nextOccurrence(MonthDay day, LocalDate today) {
        if (day == null) {
            return null;
        }
        var thisYear = day.atYear(today.getYear());
        return thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear;
    }
}
