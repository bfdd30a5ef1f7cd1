package ua.cooperation.portal.dashboard.ui;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
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

import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A horizontal bar chart drawn on the server by JFreeChart into SVG (Apache Batik's SVG generator), see ADR 0017. Readable without
 * colour: every bar carries its value (and, with several series, the series' name) as text, in print-legible sizes;
 * the SVG has {@code role="img"} and a {@code <title>}, and each bar is covered by a link to the list behind it (an HTML link in a {@code foreignObject}).
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

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String FONT = "SansSerif";
    private static final Color[] COLOURS = {new Color(0x1a, 0x5f, 0xb4), new Color(0xc0, 0x61, 0x0a)};
    // about the width of a dashboard column, so that the 12–14 px fonts keep their size on screen
    private static final int WIDTH = 440;
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
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        var chart = chart(dataset, series.size(), locale, numbers);

        int rows = Math.max(1, categories.size()) * Math.max(1, series.size());
        int height = 50 + ROW * rows + (series.size() > 1 ? 30 : 0);
        var document = newSvgDocument();
        var g2 = graphics(document, id, height);
        var info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height), info);
        var root = g2.getRoot();
        // Batik's shared empty definitions element has the same id in every chart: drop it
        for (var child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "genericDefs".equals(element.getAttribute("id"))
                    && !element.hasChildNodes()) {
                root.removeChild(element);
                break;
            }
        }
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
        root.setAttribute("role", "img");
        var titleId = id + "-title";
        root.setAttribute("aria-labelledby", titleId);
        var titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttribute("id", titleId);
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());

        addBarLinks(document, root, info, dataset, series.size() > 1, numbers, href);
        var out = new StringWriter();
        try {
            g2.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("The chart could not be written as SVG", e);
        }
        // the element only, without the XML declaration and doctype that Batik writes before it
        var svg = out.toString();
        return svg.substring(svg.indexOf("<svg"));
    }

    /** The chart itself, styled for the portal: horizontal bars, value labels, a legend only for several series. */
    private static JFreeChart chart(DefaultCategoryDataset dataset, int seriesCount, Locale locale,
                                    NumberFormat numbers) {
        var plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        var chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 14), plot, seriesCount > 1);
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
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        categoryAxis.setCategoryMargin(0.2);
        var valueAxis = (NumberAxis) plot.getRangeAxis();
        valueAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        valueAxis.setTickLabelPaint(Color.BLACK);
        valueAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        valueAxis.setUpperMargin(seriesCount > 1 ? 0.7 : 0.25); // room for the value labels

        styleBars((BarRenderer) plot.getRenderer(), seriesCount, numbers);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static void styleBars(BarRenderer renderer, int seriesCount, NumberFormat numbers) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                seriesCount > 1 ? "{0}: {2}" : "{2}", numbers));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 13));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
        }
    }

    /** Batik's SVG canvas, with definition ids unique on a page with several charts. */
    private static SVGGraphics2D graphics(org.w3c.dom.Document document, String id, int height) {
        var context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(2);
        // ids of clip paths and other definitions, unique on a page with several charts
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(id + "-" + prefix);
            }
        });
        var g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(WIDTH, height));
        return g2;
    }

    /** A link over each bar to the list behind it (categories without an address get none). */
    private static void addBarLinks(org.w3c.dom.Document document, Element root, ChartRenderingInfo info,
                                    DefaultCategoryDataset dataset, boolean severalSeries, NumberFormat numbers,
                                    Function<Category, String> href) {
        for (var entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item && item.getColumnKey() instanceof Category category) {
                var address = href.apply(category);
                if (address == null) {
                    continue;
                }
                var bounds = item.getArea().getBounds2D();
                var value = dataset.getValue(item.getRowKey(), category);
                var label = category.label() + (severalSeries ? " — " + item.getRowKey() : "") + ": "
                        + (value == null ? "" : numbers.format(value));
                // an HTML link in a foreignObject, not an SVG <a>: the Vaadin router's click handler reads the link's
                // target as a string, which an SVG link's is not (it threw a TypeError on every click)
                var area = document.createElementNS(SVG_NS, "foreignObject");
                area.setAttribute("x", coordinate(bounds.getX()));
                area.setAttribute("y", coordinate(bounds.getY()));
                area.setAttribute("width", coordinate(Math.max(bounds.getWidth(), 8)));
                area.setAttribute("height", coordinate(bounds.getHeight()));
                var link = document.createElementNS(XHTML_NS, "a");
                link.setAttribute("href", address);
                link.setAttribute("class", "portal-chart-bar");
                link.setAttribute("title", label);
                // keyboards and screen readers take the table's links; the bars are for the mouse
                link.setAttribute("tabindex", "-1");
                link.setTextContent(label);
                area.appendChild(link);
                root.appendChild(area);
            }
        }
    }

    private static org.w3c.dom.Document newSvgDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static List<Category> categories(List<String> codes, Function<String, String> label) {
        var result = new ArrayList<Category>();
        for (int i = 0; i < codes.size(); i++) {
            result.add(new Category(i, codes.get(i), label.apply(codes.get(i))));
        }
        return result;
    }
}
