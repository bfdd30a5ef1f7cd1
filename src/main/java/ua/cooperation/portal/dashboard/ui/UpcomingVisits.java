package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitListItem;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The visits of delegations in the next {@link #DAYS} days that the reader may see (issue 22): at most {@link #LIMIT},
 * by start, each a link to its page, with "all visits" to the list of the same period. The visit service's scope
 * decides what a liaison sees (her countries' shared visits). Read once per page, whichever sections show it.
 */
final class UpcomingVisits {

    static final int DAYS = 60;
    static final int LIMIT = 5;

    private final Component page;
    private final Locale locale;
    private final LocalDate from;
    private final LocalDate to;
    private final List<VisitListItem> visits;

    UpcomingVisits(Component page, Locale locale, VisitService service, LocalDate today) {
        this.page = page;
        this.locale = locale;
        this.from = today;
        this.to = today.plusDays(DAYS);
        this.visits = service.findVisibleInPeriod(from, to, LIMIT, locale);
    }

    /** The panel with the given id: its rows' links are {@code <id>-visit-<visit id>}, its empty state {@code <id>-empty}. */
    Component panel(String id) {
        var panel = new Div();
        panel.setId(id);
        panel.addClassName("portal-dashboard-panel");
        var heading = new H3(page.getTranslation("dashboard.delegation-visits.title", date(from), date(to)));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        panel.add(heading);
        if (visits.isEmpty()) {
            var none = new Paragraph(page.getTranslation("dashboard.delegation-visits.empty"));
            none.setId(id + "-empty");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            panel.add(none);
        } else {
            var list = new UnorderedList();
            list.setId(id + "-list");
            list.addClassNames("portal-dashboard-list", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE,
                    LumoUtility.Margin.NONE);
            visits.forEach(visit -> list.add(new ListItem(row(visit, id))));
            panel.add(list);
        }
        var all = new Anchor(VisitLinks.ROUTE + "?" + VisitLinks.QUERY_FROM + "=" + from + "&" + VisitLinks.QUERY_TO
                + "=" + to, page.getTranslation("dashboard.delegation-visits.all"));
        all.setId(id + "-all");
        panel.add(all);
        return panel;
    }

    private Component row(VisitListItem visit, String id) {
        var link = new Anchor(VisitLinks.details(visit.id()), TranslatedTexts.inline(page, visit.shownTitle(), null));
        link.setId(id + "-visit-" + visit.id());
        var days = visit.startsOn().equals(visit.endsOn()) ? date(visit.startsOn())
                : date(visit.startsOn()) + " – " + date(visit.endsOn());
        var place = visit.city() == null || visit.city().isBlank()
                ? CountryNames.displayName(visit.hostCountryCode(), locale)
                : visit.city() + ", " + CountryNames.displayName(visit.hostCountryCode(), locale);
        var detail = new Span(days + " · " + page.getTranslation("visit-direction." + visit.direction().name())
                + " · " + place);
        detail.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var line = new Div(link, detail);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return line;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
