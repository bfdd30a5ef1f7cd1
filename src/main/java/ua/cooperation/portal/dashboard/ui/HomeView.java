package ua.cooperation.portal.dashboard.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.ProgrammeLinks;

import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.proposal.ProposalLinks;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Money;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.dashboard.HeadDashboard;
import ua.cooperation.portal.dashboard.LiaisonDashboard;
import ua.cooperation.portal.dashboard.OfficerDashboard;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.reminder.ReminderService;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.visit.VisitService;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.translation.TranslationLinks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The start page: who is signed in, the partner network at a glance, and one dashboard section per role the user
 * holds (officer, head, liaison; each once). Every figure and chart bar is a link to the list behind it, with the
 * list's own filter in the address, so that the list shows exactly the rows that were counted.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_OFFICER = "dashboard-officer";
    static final String ID_HEAD = "dashboard-head";
    static final String ID_LIAISON = "dashboard-liaison";

    private final Locale locale;
    /** The visits of the coming days, shown once in the first role's section that has them (issue 22). */
    private UpcomingVisits upcomingVisits;

    HomeView(CurrentUser currentUser, CountryService countries, ReminderService reminders,
             DashboardService dashboards, OrganisationService organisations, VisitService visits, PortalTime time) {
        setId("home-view");
        addClassName("portal-dashboard");
        locale = getLocale();
        var user = currentUser.require();
        var sections = dashboards.sectionsForCurrentUser();
        if (sections.officer() || sections.head() || sections.liaison()) {
            upcomingVisits = new UpcomingVisits(this, locale, visits, time.today());
        }
        var greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        add(greeting);

        if (sections.countryRestricted()) {
            // a guest bound to an organisation sees what names it; an embassy liaison what concerns her countries
            var names = user.boundOrganisationId()
                    .map(id -> organisations.findVisibleName(id, locale).orElse(""))
                    .orElseGet(() -> user.countryCodes().stream()
                            .map(code -> CountryNames.displayName(code, locale))
                            .sorted()
                            .collect(Collectors.joining(", ")));
            var scope = new Paragraph(getTranslation("home.liaison-scope", names));
            scope.setId("home-liaison-scope");
            add(scope);
        }

        // today's reminders of this user (their items due or overdue, ending agreements, national days)
        var count = new Span(Integer.toString(reminders.forCurrentUser(locale).size()));
        count.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        var remindersLabel = new Span(getTranslation("home.reminders"));
        remindersLabel.addClassNames(LumoUtility.TextColor.SECONDARY);
        var remindersCard = new Anchor("reminders", count, remindersLabel);
        remindersCard.setId("home-reminders");
        remindersCard.addClassNames("portal-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        add(remindersCard);

        if (sections.officer()) {
            add(officerSection(dashboards.officerDashboard(locale)));
        }
        if (sections.head()) {
            add(headSection(dashboards.headDashboard(locale)));
        }
        if (sections.liaison()) {
            add(liaisonSection(dashboards.liaisonDashboard(locale), sections.liaisonListsOwnItems()));
        }
        if (sections.officer() || sections.head() || sections.liaison()) {
            add(TopicCharts.section(dashboards.topicCounts(), locale));
        }

        var byStatus = countries.countVisibleByStatus();
        var cards = new FlexLayout();
        cards.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        for (var status : PartnerStatus.values()) {
            cards.add(countryFigure(status, byStatus.getOrDefault(status, 0L)));
        }
        // a plain link: features do not reach into each other's ui packages
        add(cards, new Anchor("countries", getTranslation("home.all-countries")));
    }

    // ------------------------------------------------------------------------------------------------- officer

    private Component officerSection(OfficerDashboard data) {
        var section = section(ID_OFFICER, "dashboard.officer.title");
        section.add(figures(
                figure("dashboard-my-open", data.openItems(), "dashboard.my-items.open", "my-action-items"),
                figure("dashboard-my-overdue", data.overdueItems(), "dashboard.my-items.overdue",
                        "my-action-items?overdue=true"),
                figure("dashboard-week-meetings", data.meetingsThisWeek(), "dashboard.week-meetings",
                        meetingsAddress(data.week(), null)),
                figure("dashboard-returned-programmes", data.returnedProgrammes(), "dashboard.returned-programmes",
                        ProgrammeLinks.withApproval(ApprovalState.RETURNED))));
        var columns = columns();
        columns.add(panel("dashboard-my-items", "dashboard.my-items.title", myItems(data.items(),
                "dashboard-my-items")));
        columns.add(panel("dashboard-week", getTranslation("dashboard.week.title", date(data.week().from()),
                date(data.week().to())), meetingList(data.meetings(), "dashboard-week", "dashboard.week.empty")));
        var returned = data.returned().stream().<Component>map(p -> {
            // the title in the reader's language, with the original's language as a note when it is not
            var link = new Anchor(ProgrammeLinks.details(p.id()), TranslatedTexts.inline(this, p.title(), null));
            link.setId("dashboard-returned-" + p.id());
            return line(link, new Span(p.identifier()));
        }).toList();
        columns.add(panel("dashboard-returned", "dashboard.returned.title",
                list(returned, "dashboard-returned", "dashboard.returned.empty")));
        var recent = data.recentlyChanged().stream().<Component>map(r -> {
            var link = new Anchor(r.kind().path(r.id()), r.name());
            link.setId("dashboard-recent-" + r.kind().name().toLowerCase(Locale.ROOT) + "-" + r.id());
            var what = getTranslation("dashboard.recent.kind." + r.kind().name()) + " · "
                    + getTranslation(r.created() ? "dashboard.recent.created" : "dashboard.recent.changed",
                    dateTime(r.changedAt()), r.changedBy() == null ? "—" : r.changedBy());
            return line(link, new Span(what));
        }).toList();
        columns.add(panel("dashboard-recent", "dashboard.recent.title",
                list(recent, "dashboard-recent", "dashboard.recent.empty")));
        columns.add(panel("dashboard-translations", "dashboard.translations.title",
                translationsToDo(data.translationsToDo())));
        addUpcomingVisits(columns, "dashboard-officer-visits");
        section.add(columns);
        return section;
    }

    /** Per partner language, how many shared records wait for a translation: each a link to that work list. */
    private Component translationsToDo(java.util.Map<String, ua.cooperation.portal.base.ListCount> counts) {
        var rows = counts.entrySet().stream().<Component>map(count -> {
            var link = new Anchor(TranslationLinks.workList(count.getKey()),
                    getTranslation(count.getValue().labelKey("dashboard.translations.count"),
                            getTranslation("language." + count.getKey()), count.getValue().value()));
            link.setId("dashboard-translations-" + count.getKey());
            return line(link);
        }).toList();
        return list(rows, "dashboard-translations", "dashboard.translations.empty");
    }

    /** A record's title in the reader's language as a link, with the note of a fallback or an outdated text. */
    private Anchor titleLink(String address, LocalizedText title, String id) {
        var link = new Anchor(address, "");
        link.add(TranslatedTexts.inline(this, title, null));
        link.setId(id);
        return link;
    }

    // ---------------------------------------------------------------------------------------------------- head

    private Component headSection(HeadDashboard data) {
        var section = section(ID_HEAD, "dashboard.head.title");
        section.add(figures(
                figure("dashboard-awaiting-programmes", data.programmesAwaitingApproval(),
                        "dashboard.awaiting.programmes", ProgrammeLinks.withApproval(ApprovalState.SUBMITTED)),
                figure("dashboard-awaiting-partnerships", data.partnershipsAwaitingConfirmation(),
                        "dashboard.awaiting.partnerships", PartnershipLinks.awaitingConfirmation())));
        var charts = columns();
        charts.add(partnershipsByStatus("chart-partnerships-status", data.partnershipsByStatus()));
        charts.add(countChart("chart-partnerships-country", "dashboard.chart.partnerships-country",
                "dashboard.chart.country", data.partnershipsByCountry(), this::countryName,
                PartnershipLinks::ofCountry, "dashboard.empty.partnerships"));
        charts.add(programmesByStatus("chart-programmes-status", data.programmesByStatus()));
        charts.add(countChart("chart-programmes-sector", "dashboard.chart.programmes-sector",
                "dashboard.chart.sector", data.programmesBySector(), s -> getTranslation("sector." + s),
                ProgrammeLinks::withSector, "dashboard.empty.programmes"));
        section.add(charts);

        addMoney(section, data.money());

        var lower = columns();
        lower.add(overdueOwners(data));
        lower.add(visits(data));
        addUpcomingVisits(lower, "dashboard-head-visits");
        section.add(lower);
        return section;
    }

    /** Committed and disbursed sums per country, one chart per currency (sums in different currencies do not add). */
    private void addMoney(Section section, List<Money> rows) {
        var money = columns();
        var currencies = new TreeSet<String>();
        rows.forEach(m -> currencies.add(m.currency()));
        for (var currency : currencies) {
            var ofCurrency = rows.stream().filter(m -> m.currency().equals(currency)).toList();
            var categories = BarChart.categories(ofCurrency.stream().map(Money::countryCode).toList(),
                    this::countryName);
            var series = List.of(
                    new BarChart.Series(getTranslation("dashboard.money.committed"),
                            ofCurrency.stream().map(Money::committed).toList()),
                    new BarChart.Series(getTranslation("dashboard.money.disbursed"),
                            ofCurrency.stream().map(Money::disbursed).toList()));
            money.add(new DashboardChart("chart-money-" + currency.toLowerCase(Locale.ROOT),
                    getTranslation("dashboard.chart.money", currency), getTranslation("dashboard.chart.country"),
                    categories, series, locale, c -> ProgrammeLinks.ofCountry(c.code()),
                    getTranslation("dashboard.empty.money")));
        }
        if (currencies.isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.empty.money"));
            none.setId("chart-money-empty");
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            money.add(none);
        }
        var moneyHeading = new H3(getTranslation("dashboard.money.title"));
        var moneyNote = new Paragraph(getTranslation("dashboard.money.note"));
        moneyNote.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        section.add(moneyHeading, moneyNote, money);
    }

    private Component overdueOwners(HeadDashboard data) {
        // each owner's figure opens the action items list narrowed to that owner's overdue items
        var owners = data.overdueByOwner().stream().<Component>map(o -> {
            var name = o.ownerName() == null ? getTranslation("dashboard.overdue.no-owner") : o.ownerName();
            var owner = ActionItemOwner.of(o.ownerUserId(), o.ownerPersonId());
            var id = "dashboard-overdue-owner-" + owner.parameter().replace(':', '-');
            var link = new Anchor(MeetingLinks.overdueActionItemsOf(owner.parameter()), name);
            link.setId(id);
            var figure = new Span(getTranslation("dashboard.overdue.count", o.overdue()));
            figure.setId(id + "-count");
            figure.addClassName(LumoUtility.FontWeight.BOLD);
            return line(link, figure);
        }).toList();
        return panel("dashboard-overdue-owners", "dashboard.overdue.title",
                list(owners, "dashboard-overdue-owners", "dashboard.overdue.empty"));
    }

    private Component visits(HeadDashboard data) {
        var visits = new Div();
        visits.add(figures(data.visitsByType().stream().map(c -> figure(
                "dashboard-visits-" + c.key().name().toLowerCase(Locale.ROOT), c.count(),
                "meeting-type." + c.key().name(), meetingsAddress(data.visitPeriod(), c.key()))).toArray(Component[]::new)));
        visits.add(meetingList(data.visits(), "dashboard-visits", "dashboard.visits.empty"));
        return panel("dashboard-visits", getTranslation("dashboard.visits.title", date(data.visitPeriod().from()),
                date(data.visitPeriod().to())), visits);
    }

    // ------------------------------------------------------------------------------------------------- liaison

    private Component liaisonSection(LiaisonDashboard data, boolean withItems) {
        var section = section(ID_LIAISON, "dashboard.liaison.title");
        var figures = new ArrayList<Component>();
        figures.add(figure("dashboard-liaison-meetings", data.upcomingMeetings(), "dashboard.upcoming-meetings",
                meetingsAddress(data.meetingPeriod(), null)));
        if (withItems) {
            figures.add(figure("dashboard-liaison-my-open", data.openItems(), "dashboard.my-items.open",
                    "my-action-items"));
            figures.add(figure("dashboard-liaison-my-overdue", data.overdueItems(), "dashboard.my-items.overdue",
                    "my-action-items?overdue=true"));
        }
        section.add(figures(figures.toArray(Component[]::new)));
        // partners propose meetings and visits to the office (issue 21)
        var propose = new Anchor(ProposalLinks.propose(), getTranslation("proposal.new"));
        propose.setId("dashboard-liaison-propose");
        section.add(propose);
        var charts = columns();
        charts.add(partnershipsByStatus("chart-liaison-partnerships", data.partnershipsByStatus()));
        charts.add(programmesByStatus("chart-liaison-programmes", data.programmesByStatus()));
        section.add(charts);
        var lists = columns();
        lists.add(panel("dashboard-liaison-upcoming", getTranslation("dashboard.upcoming.title",
                        date(data.meetingPeriod().from()), date(data.meetingPeriod().to())),
                meetingList(data.meetings(), "dashboard-liaison-upcoming", "dashboard.upcoming.empty")));
        if (withItems) {
            lists.add(panel("dashboard-liaison-items", "dashboard.my-items.title",
                    myItems(data.items(), "dashboard-liaison-items")));
        }
        addUpcomingVisits(lists, "dashboard-liaison-visits");
        section.add(lists);
        return section;
    }

    // ------------------------------------------------------------------------------------------------- pieces

    private void addUpcomingVisits(Div columns, String id) {
        if (upcomingVisits != null) {
            columns.add(upcomingVisits.panel(id));
            upcomingVisits = null;
        }
    }

    private Section section(String id, String titleKey) {
        var section = new Section();
        section.setId(id);
        section.addClassNames("portal-dashboard-section", LumoUtility.Width.FULL);
        var heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.MEDIUM);
        section.add(heading);
        return section;
    }

    private static FlexLayout figures(Component... figures) {
        var layout = new FlexLayout(figures);
        layout.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        return layout;
    }

    private static Div columns() {
        var columns = new Div();
        columns.addClassName("portal-dashboard-columns");
        return columns;
    }

    private Div panel(String id, String titleOrKey, Component content) {
        var panel = new Div();
        panel.setId(id);
        panel.addClassName("portal-dashboard-panel");
        var title = titleOrKey.startsWith("dashboard.") ? getTranslation(titleOrKey) : titleOrKey;
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        panel.add(heading, content);
        return panel;
    }

    /** A figure is a link to the list behind it. */
    private Anchor figure(String id, long count, String labelKey, String address) {
        var number = new Span(Long.toString(count));
        number.setId(id + "-count");
        number.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        var label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        var card = new Anchor(address, number, label);
        card.setId(id);
        card.addClassNames("portal-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return card;
    }

    private Anchor countryFigure(PartnerStatus status, long count) {
        var number = new Span(Long.toString(count));
        number.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        var label = new Span(getTranslation("home.countries-with-status." + status.name()));
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        var card = new Anchor(CountryLinks.withStatus(status), number, label);
        card.setId("home-figure-" + status.name().toLowerCase(Locale.ROOT));
        card.addClassNames("portal-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return card;
    }

    /** Heads and liaisons see the same chart, each over the records they may see. */
    private <K> DashboardChart partnershipsByStatus(String id, List<Count<K>> counts) {
        return countChart(id, "dashboard.chart.partnerships-status", "dashboard.chart.status", counts,
                s -> getTranslation("partnership-status." + s), PartnershipLinks::withStatus,
                "dashboard.empty.partnerships");
    }

    private <K> DashboardChart programmesByStatus(String id, List<Count<K>> counts) {
        return countChart(id, "dashboard.chart.programmes-status", "dashboard.chart.status", counts,
                s -> getTranslation("activity-status." + s), ProgrammeLinks::withStatus,
                "dashboard.empty.programmes");
    }

    private <K> DashboardChart countChart(String id, String titleKey, String categoryHeaderKey, List<Count<K>> counts,
                                          Function<String, String> label, Function<String, String> address,
                                          String emptyKey) {
        var codes = counts.stream().map(c -> c.key().toString()).toList();
        var categories = BarChart.categories(codes, label);
        var series = List.of(new BarChart.Series(getTranslation("dashboard.chart.count"),
                counts.stream().map(Count::count).toList()));
        return new DashboardChart(id, getTranslation(titleKey), getTranslation(categoryHeaderKey), categories, series,
                locale, c -> address.apply(c.code()), getTranslation(emptyKey));
    }

    private Component myItems(List<ActionItemRow> items, String id) {
        var rows = items.stream().<Component>map(item -> {
            var link = titleLink(MeetingLinks.details(item.meetingId()), item.title(), id + "-" + item.id());
            var due = new Span(item.overdue()
                    ? getTranslation("dashboard.my-items.overdue-since", date(item.dueOn()))
                    : getTranslation("dashboard.my-items.due", date(item.dueOn())));
            if (item.overdue()) {
                // said in words, and bold: not by colour alone
                due.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.BOLD);
            }
            return line(link, due, TranslatedTexts.inline(this, item.meetingTitle(), null));
        }).toList();
        var all = new Anchor("my-action-items", getTranslation("dashboard.my-items.all"));
        all.setId(id + "-all");
        return new Div(list(rows, id, "dashboard.my-items.empty"), all);
    }

    private Component meetingList(List<MeetingRow> meetings, String id, String emptyKey) {
        var rows = meetings.stream().<Component>map(m -> {
            var link = titleLink(MeetingLinks.details(m.id()), m.title(), id + "-meeting-" + m.id());
            return line(link, new Span(dateTime(m.startsAt()) + " · " + getTranslation("meeting-type." + m.type())));
        }).toList();
        return list(rows, id, emptyKey);
    }

    private Component list(List<Component> rows, String id, String emptyKey) {
        if (rows.isEmpty()) {
            var none = new Paragraph(getTranslation(emptyKey));
            none.setId(id + "-empty");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            return none;
        }
        var list = new UnorderedList();
        list.setId(id + "-list");
        list.addClassNames("portal-dashboard-list", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE,
                LumoUtility.Margin.NONE);
        rows.forEach(row -> list.add(new ListItem(row)));
        return list;
    }

    private static Component line(Component main, Component... details) {
        var line = new Div(main);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        for (var detail : details) {
            detail.getElement().getClassList().add(LumoUtility.TextColor.SECONDARY);
            detail.getElement().getClassList().add(LumoUtility.FontSize.SMALL);
            line.add(detail);
        }
        return line;
    }

    private String meetingsAddress(Period period, MeetingType type) {
        return MeetingLinks.inPeriod(period.from(), period.to(), type);
    }

    private String countryName(String code) {
        return CountryNames.displayName(code, locale);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(PortalTime.ZONE).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
