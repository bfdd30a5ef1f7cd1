package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitListItem;
import ua.cooperation.portal.visit.VisitService;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.meeting.CalendarFeedService;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A month of meetings the user may see, weeks from Monday to Sunday, built from plain components: one query for the
 * weeks shown (meetings overlapping them), today highlighted, each meeting a link to its page. {@code ?month=2025-09}
 * opens a given month; previous and next move by one.
 */
@Route(MeetingLinks.CALENDAR_ROUTE)
@PermitAll
public class MeetingCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_MONTH = "month";
    static final String ID_TITLE = "meeting-calendar-title";
    static final String ID_PREVIOUS = "meeting-calendar-previous";
    static final String ID_NEXT = "meeting-calendar-next";
    static final String ID_TODAY = "meeting-calendar-today";
    static final String ID_GRID = "meeting-calendar-grid";
    static final String ID_FEED = "meeting-calendar-feed";
    static final String ID_DAY = "meeting-calendar-day-";
    /** More than any office has in one month; the query stays bounded. */
    static final int MAX_MEETINGS = 500;

    /** More visits than any office has in a month's weeks. */
    static final int MAX_VISITS = 200;

    private final MeetingService meetings;
    private final VisitService visits;
    private final PortalTime time;
    private final H2 title = new H2();
    private final Div calendar = new Div();
    private YearMonth month;

    MeetingCalendarView(MeetingService meetings, VisitService visits, CalendarFeedService feeds, PortalTime time) {
        this.meetings = meetings;
        this.visits = visits;
        this.time = time;
        setWidthFull();
        title.setId(ID_TITLE);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> go(month.minusMonths(1)));
        previous.setId(ID_PREVIOUS);
        previous.setAriaLabel(getTranslation("meeting.calendar.previous"));
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> go(month.plusMonths(1)));
        next.setId(ID_NEXT);
        next.setAriaLabel(getTranslation("meeting.calendar.next"));
        var today = new Button(getTranslation("meeting.calendar.today"),
                e -> go(YearMonth.from(time.today())));
        today.setId(ID_TODAY);
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var list = new RouterLink(getTranslation("meeting.calendar.list"), MeetingListView.class);
        list.setId("meeting-calendar-list-link");
        var subscribe = new Button(getTranslation("calendar-feed.open"), VaadinIcon.LINK.create(),
                e -> new CalendarFeedDialog(feeds).open());
        subscribe.setId(ID_FEED);
        subscribe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(previous, title, next, today, list, subscribe);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName(LumoUtility.FlexWrap.WRAP);
        calendar.setId(ID_GRID);
        calendar.addClassName("portal-calendar");
        add(bar, calendar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        month = event.getLocation().getQueryParameters().getSingleParameter(QUERY_MONTH)
                .flatMap(MeetingCalendarView::parseMonth).orElseGet(() -> YearMonth.from(time.today()));
        render();
    }

    private static java.util.Optional<YearMonth> parseMonth(String text) {
        try {
            return java.util.Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private void go(YearMonth target) {
        getUI().ifPresent(ui -> ui.navigate(MeetingCalendarView.class,
                QueryParameters.of(QUERY_MONTH, target.toString())));
    }

    private void render() {
        var locale = getLocale();
        title.setText(capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month), locale));
        calendar.removeAll();
        var first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (int i = 0; i < 7; i++) {
            var head = new Div(capitalised(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT_STANDALONE,
                    locale), locale));
            head.addClassName("portal-calendar-head");
            calendar.add(head);
        }
        var byDay = meetingsByDay(first, last);
        var visitsShown = visits.findVisibleInPeriod(first, last, MAX_VISITS, locale);
        var today = time.today();
        // each week: a row of day numbers, a row per lane of visit bars, a row of meetings (the day cells span them
        // all as subgrids, so a bar lies across its days above their meetings)
        int row = 2;
        for (var weekStart = first; !weekStart.isAfter(last); weekStart = weekStart.plusDays(7)) {
            var lanes = lanes(visitsShown, weekStart);
            int rows = lanes.size() + 2;
            for (var day = weekStart; day.isBefore(weekStart.plusDays(7)); day = day.plusDays(1)) {
                calendar.add(dayCell(day, row, rows, today, byDay.getOrDefault(day, List.of()), locale));
            }
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (var visit : lanes.get(lane)) {
                    calendar.add(visitBar(visit, weekStart, row + 1 + lane));
                }
            }
            row += rows;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Div dayCell(LocalDate day, int row, int rows, LocalDate today, List<MeetingListItem> dayMeetings,
                        java.util.Locale locale) {
        var cell = new Div();
        cell.setId(ID_DAY + day);
        cell.addClassName("portal-calendar-day");
        cell.getStyle().set("grid-row", row + " / span " + rows)
                .set("grid-column", Integer.toString(day.getDayOfWeek().getValue()));
        if (!YearMonth.from(day).equals(month)) {
            cell.addClassName("portal-calendar-outside");
        }
        if (day.equals(today)) {
            cell.addClassName("portal-calendar-today");
        }
        var number = new Span(Integer.toString(day.getDayOfMonth()));
        number.addClassName("portal-calendar-number");
        var list = new Div();
        list.addClassName("portal-calendar-meetings");
        list.getStyle().set("grid-row", Integer.toString(rows));
        for (var meeting : dayMeetings) {
            var link = new Anchor(MeetingLinks.details(meeting.id()),
                    MeetingTexts.time(meeting.startsAt(), locale) + " " + meeting.shownTitle().orEmpty());
            link.setId("meeting-calendar-meeting-" + meeting.id() + "-" + day);
            link.addClassName("portal-calendar-meeting");
            link.setTitle(meeting.shownTitle().orEmpty() + " · " + getTranslation("meeting-type." + meeting.type().name()));
            list.add(link);
        }
        cell.add(number, list);
        return cell;
    }

    /** One bar of a visit across its days of the week starting {@code weekStart}, in the given grid row. */
    private Anchor visitBar(VisitListItem visit, LocalDate weekStart, int row) {
        var from = visit.startsOn().isBefore(weekStart) ? weekStart : visit.startsOn();
        var weekEnd = weekStart.plusDays(6);
        var to = visit.endsOn().isAfter(weekEnd) ? weekEnd : visit.endsOn();
        var bar = new Anchor(VisitLinks.details(visit.id()), getTranslation("meeting-calendar.visit",
                visit.shownTitle().orEmpty()));
        bar.setId("meeting-calendar-visit-" + visit.id() + "-" + weekStart);
        bar.addClassName("portal-calendar-visit");
        if (visit.startsOn().isBefore(weekStart)) {
            bar.addClassName("portal-calendar-visit-continued");
        }
        int firstColumn = (int) java.time.temporal.ChronoUnit.DAYS.between(weekStart, from) + 1;
        int lastColumn = (int) java.time.temporal.ChronoUnit.DAYS.between(weekStart, to) + 2;
        bar.getStyle().set("grid-column", firstColumn + " / " + lastColumn).set("grid-row", Integer.toString(row));
        bar.setTitle(visit.shownTitle().orEmpty() + (visit.city() == null ? "" : " · " + visit.city()));
        return bar;
    }

    /** The visits of a week in lanes: each lane holds visits that do not share a day, by start. */
    static List<List<VisitListItem>> lanes(List<VisitListItem> visits, LocalDate weekStart) {
        var weekEnd = weekStart.plusDays(6);
        var lanes = new ArrayList<List<VisitListItem>>();
        visits.stream().filter(v -> !v.endsOn().isBefore(weekStart) && !v.startsOn().isAfter(weekEnd))
                .sorted(java.util.Comparator.comparing(VisitListItem::startsOn).thenComparing(VisitListItem::id))
                .forEach(v -> {
                    for (var lane : lanes) {
                        if (lane.getLast().endsOn().isBefore(v.startsOn())) {
                            lane.add(v);
                            return;
                        }
                    }
                    lanes.add(new ArrayList<>(List.of(v)));
                });
        return lanes;
    }

    /** The meetings overlapping the weeks shown, on every Kyiv day they span. */
    private Map<LocalDate, List<MeetingListItem>> meetingsByDay(LocalDate first, LocalDate last) {
        var from = first.atStartOfDay(PortalTime.ZONE).toInstant();
        var to = last.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        var found = meetings.findVisible(MeetingFilter.period(from, to),
                PageRequest.of(0, MAX_MEETINGS, Sort.by(MeetingService.SORT_START)), getLocale());
        var byDay = new java.util.HashMap<LocalDate, List<MeetingListItem>>();
        for (var meeting : found) {
            var start = meeting.startsAt().atZone(PortalTime.ZONE).toLocalDate();
            // an end at midnight belongs to the day before
            var end = meeting.endsAt().minusNanos(1).atZone(PortalTime.ZONE).toLocalDate();
            for (var day = start.isBefore(first) ? first : start; !day.isAfter(end) && !day.isAfter(last);
                 day = day.plusDays(1)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(meeting);
            }
        }
        return byDay;
    }

    private static String capitalised(String text, java.util.Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.calendar.title");
    }
}
