package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.dashboard.TopicCounts;
import ua.cooperation.portal.meeting.MeetingLinks;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboards' section "Meetings and decisions by topic" (issue 22): two bar charts (server-side SVG with a table as
 * the text alternative, ADR 0017), by cooperation area and by target group, each with a bar of meetings and one of
 * decisions; a bar opens the meetings list of its topic. Topics that no record carries are left out.
 */
final class TopicCharts {

    static final String ID = "dashboard-topics";
    static final String ID_AREAS = "chart-topics-area";
    static final String ID_TARGET_GROUPS = "chart-topics-target-group";

    private TopicCharts() {
    }

    static Section section(TopicCounts counts, Locale locale) {
        var section = new Section();
        section.setId(ID);
        section.addClassNames("portal-dashboard-section", LumoUtility.Width.FULL);
        var heading = new H2(section.getTranslation("dashboard.topics.title"));
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.MEDIUM);
        var charts = new Div();
        charts.addClassName("portal-dashboard-columns");
        charts.add(chart(section, ID_AREAS, "dashboard.topics.by-area", "meeting.field.areas",
                counts.byArea(), "cooperation-area.", MeetingLinks::ofArea, locale));
        charts.add(chart(section, ID_TARGET_GROUPS, "dashboard.topics.by-target-group",
                "meeting.field.target-groups", counts.byTargetGroup(), "target-group.", MeetingLinks::ofTargetGroup,
                locale));
        section.add(heading, charts);
        return section;
    }

    private static <K> DashboardChart chart(Section source, String id, String titleKey, String headerKey,
                                            List<TopicCounts.TopicCount<K>> counts, String labelPrefix,
                                            Function<String, String> address, Locale locale) {
        var shown = counts.stream().filter(c -> c.meetings() > 0 || c.decisions() > 0).toList();
        var categories = BarChart.categories(shown.stream().map(c -> c.key().toString()).toList(),
                code -> source.getTranslation(labelPrefix + code));
        var series = List.of(
                new BarChart.Series(source.getTranslation("dashboard.topics.meetings"),
                        shown.stream().map(TopicCounts.TopicCount::meetings).toList()),
                new BarChart.Series(source.getTranslation("dashboard.topics.decisions"),
                        shown.stream().map(TopicCounts.TopicCount::decisions).toList()));
        return new DashboardChart(id, source.getTranslation(titleKey), source.getTranslation(headerKey), categories,
                series, locale, c -> address.apply(c.code()), source.getTranslation("dashboard.topics.empty"));
    }
}
