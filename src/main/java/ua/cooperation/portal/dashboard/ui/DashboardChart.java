package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One dashboard chart: a heading, the SVG drawn by {@link BarChart} inline (so that its bars are links), and the same
 * figures as a table that a button shows and hides (and that print always shows). With nothing to count it shows
 * its empty-state text instead. Ids: {@code <id>} (the whole), {@code <id>-svg}, {@code <id>-table},
 * {@code <id>-table-toggle}, {@code <id>-link-<code>} (the table's links), {@code <id>-empty}.
 */
class DashboardChart extends Div {

    DashboardChart(String id, String title, String categoryHeader, List<BarChart.Category> categories,
                   List<BarChart.Series> series, Locale locale, Function<BarChart.Category, String> href, String emptyText) {
        setId(id);
        addClassName("portal-chart");
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        add(heading);
        boolean empty = series.stream().allMatch(s -> s.values().stream()
                .allMatch(v -> v == null || v.doubleValue() == 0));
        if (categories.isEmpty() || empty) {
            var none = new Paragraph(emptyText);
            none.setId(id + "-empty");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(none);
            return;
        }
        var svg = new Svg(BarChart.svg(id + "-chart", title, categories, series, locale, href));
        svg.setId(id + "-svg");
        svg.addClassName("portal-chart-svg");

        var table = table(id, title, categoryHeader, categories, series, locale, href);
        table.setVisible(false);
        var toggle = new Button(getTranslation("dashboard.chart.show-table"));
        toggle.setId(id + "-table-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> {
            table.setVisible(!table.isVisible());
            toggle.setText(getTranslation(table.isVisible() ? "dashboard.chart.hide-table"
                    : "dashboard.chart.show-table"));
        });
        add(svg, toggle, table);
    }

    /** The chart's figures as a table: the same links as the bars, for screen readers and print. */
    private static NativeTable table(String id, String title, String categoryHeader,
                                     List<BarChart.Category> categories, List<BarChart.Series> series, Locale locale,
                                     Function<BarChart.Category, String> href) {
        var table = new NativeTable();
        table.setId(id + "-table");
        table.addClassName("portal-chart-table");
        table.setCaptionText(title);
        var headRow = new NativeTableRow();
        headRow.addHeaderCell().setText(categoryHeader);
        for (var s : series) {
            headRow.addHeaderCell().setText(s.name());
        }
        table.getHead().add(headRow);
        var body = table.getBody();
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        for (int i = 0; i < categories.size(); i++) {
            var category = categories.get(i);
            var row = new NativeTableRow();
            var address = href.apply(category);
            if (address != null) {
                var link = new Anchor(address, category.label());
                link.setId(id + "-link-" + category.code());
                row.add(new NativeTableCell(link));
            } else {
                row.add(new NativeTableCell(category.label()));
            }
            for (var s : series) {
                var value = s.values().get(i);
                var cell = new NativeTableCell(value == null ? "" : numbers.format(value));
                cell.addClassName(LumoUtility.TextAlignment.RIGHT);
                row.add(cell);
            }
            body.add(row);
        }
        return table;
    }
}
