package ua.cooperation.portal.dashboard.ui;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A horizontal bar chart drawn on the server by JFreeChart into SVG (JFreeSVG), see ADR 0017. Readable without
 * colour: every bar carries its value (and, with several series, the series' name) as text, in print-legible sizes;
 * the SVG has {@code role="img"} and a {@code <title>}, and each bar is covered by a link to the list behind it.
 * The page shows a table of the same figures next to the chart, which is the keyboard and screen-reader way in.
 */
final class BarChart {

    /** A category of the chart: {@code code} keeps it unique and ordered, {@code label} is what the axis shows. */
    record Category(int order, String code, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return order != other.order ? Integer.compare(order, other.order) : code.compareTo(other.code);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One series: its name and a value per category (null leaves the bar out). */
    record Series(String name, List<? extends Number> values) {
    }

    private static final String FONT = "SansSerif";
    private static final Color[] COLOURS = {new Color(0x1a, 0x5f, 0xb4), new Color(0xc0, 0x61, 0x0a)};
    private static final int WIDTH = 640;
    private static final int ROW = 30;

    private BarChart() {
    }

    /**
     * The chart as an SVG element. {@code id} must be unique on the page (the SVG's own ids are prefixed with it);
     * {@code href} gives the address of the list behind a category, or null for no link.
     */
    static String svg(String id, String title, List<Category> categories, List<Series> series, Locale locale,
                      Function<Category, String> href) {
        var dataset = new DefaultCategoryDataset();
        for (var s : series) {
            for (int i = 0; i < categories.size(); i++) {
                var value = s.values().get(i);
                dataset.addValue(value, s.name(), categories.get(i));
            }
        }
        var plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        var chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 14), plot, series.size() > 1);
        StandardChartTheme.createJFreeTheme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        plot.setDomainGridlinesVisible(false);

        var categoryAxis = plot.getDomainAxis();
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        categoryAxis.setTickLabelPaint(Color.BLACK);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        categoryAxis.setCategoryMargin(0.2);
        var valueAxis = (NumberAxis) plot.getRangeAxis();
        valueAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        valueAxis.setTickLabelPaint(Color.BLACK);
        valueAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        valueAxis.setUpperMargin(series.size() > 1 ? 0.7 : 0.25); // room for the value labels

        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.6);
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                series.size() > 1 ? "{0}: {2}" : "{2}", numbers));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 13));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }

        int rows = Math.max(1, categories.size()) * Math.max(1, series.size());
        int height = 50 + ROW * rows + (series.size() > 1 ? 30 : 0);
        var g2 = new SVGGraphics2D(WIDTH, height);
        g2.setDefsKeyPrefix(id + "-");
        var info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height), info);
        var svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);

        var links = new StringBuilder();
        for (var entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item && item.getColumnKey() instanceof Category category) {
                var address = href.apply(category);
                if (address == null) {
                    continue;
                }
                var bounds = item.getArea().getBounds2D();
                var value = dataset.getValue(item.getRowKey(), category);
                var label = category.label() + (series.size() > 1 ? " — " + item.getRowKey() : "") + ": "
                        + (value == null ? "" : numbers.format(value));
                links.append("<a href=\"").append(escape(address)).append("\" class=\"portal-chart-bar\">")
                        .append("<title>").append(escape(label)).append("</title>")
                        .append(String.format(Locale.ROOT,
                                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"transparent\"/>",
                                bounds.getX(), bounds.getY(), Math.max(bounds.getWidth(), 8), bounds.getHeight()))
                        .append("</a>");
            }
        }
        var titleId = id + "-title";
        var open = svg.indexOf('>');
        return svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + titleId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(title) + "</title>"
                + svg.substring(open + 1, svg.lastIndexOf("</svg>")) + links + "</svg>";
    }

    static List<Category> categories(List<String> codes, Function<String, String> label) {
        var result = new ArrayList<Category>();
        for (int i = 0; i < codes.size(); i++) {
            result.add(new Category(i, codes.get(i), label.apply(codes.get(i))));
        }
        return result;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
