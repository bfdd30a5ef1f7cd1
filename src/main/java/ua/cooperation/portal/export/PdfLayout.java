package ua.cooperation.portal.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A small flowing layout on top of PDFBox: a title, headings, paragraphs and bullet items on A4 pages, wrapped at
 * word boundaries, with page breaks and "page n of m" footers. Text is real text in an embedded subset of DejaVu Sans
 * (ADR 0019), so it can be selected, searched and read aloud, in Cyrillic, Lithuanian and Latin script alike.
 * Characters the font has no glyph for (emoji, rare scripts) print as "?" instead of failing the whole document.
 */
final class PdfLayout implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float FOOTER = 36;
    private static final float TITLE_SIZE = 17;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TEXT_SIZE = 10;
    private static final float SMALL_SIZE = 8.5f;
    private static final float LEADING = 1.35f;
    private static final float INDENT = 14;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final float width;
    private PDPageContentStream content;
    private float y;

    PdfLayout(String title, Locale language) throws IOException {
        regular = load("fonts/DejaVuSans.ttf");
        bold = load("fonts/DejaVuSans-Bold.ttf");
        width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        var info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Cooperation Portal");
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        newPage();
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the class path: " + resource);
            }
            // embedSubset: only the glyphs used go into the file (a few kB instead of 750 kB)
            return PDType0Font.load(document, in, true);
        }
    }

    void title(String text) throws IOException {
        lines(text, bold, TITLE_SIZE, 0, "");
        space(TEXT_SIZE * 0.6f);
    }

    void heading(String text) throws IOException {
        space(TEXT_SIZE * 0.9f);
        // a heading never stands alone at the foot of a page
        if (y - HEADING_SIZE * LEADING * 3 < MARGIN + FOOTER) {
            newPage();
        }
        lines(text, bold, HEADING_SIZE, 0, "");
        space(TEXT_SIZE * 0.3f);
    }

    void paragraph(String text) throws IOException {
        lines(text, regular, TEXT_SIZE, 0, "");
    }

    void strong(String text) throws IOException {
        lines(text, bold, TEXT_SIZE, 0, "");
    }

    void small(String text) throws IOException {
        lines(text, regular, SMALL_SIZE, 0, "");
    }

    void bullet(String text) throws IOException {
        lines(text, regular, TEXT_SIZE, INDENT, "• ");
    }

    void detail(String text) throws IOException {
        lines(text, regular, TEXT_SIZE - 0.5f, INDENT * 2, "– ");
    }

    void space(float points) {
        y -= points;
    }

    /** Adds the footers and writes the document. */
    byte[] toBytes(BiFunction<Integer, Integer, String> footer) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (var stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                var text = printable(footer.apply(i + 1, pages), regular);
                stream.beginText();
                stream.setFont(regular, SMALL_SIZE);
                stream.newLineAtOffset(MARGIN + width - regular.getStringWidth(text) / 1000 * SMALL_SIZE, FOOTER - 12);
                stream.showText(text);
                stream.endText();
            }
        }
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    // ------------------------------------------------------------------------------------------------- text

    private void lines(String text, PDType0Font font, float size, float indent, String marker) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        var markerWidth = marker.isEmpty() ? 0 : font.getStringWidth(marker) / 1000 * size;
        var available = width - indent - markerWidth;
        boolean first = true;
        for (var paragraph : text.strip().split("\\R")) {
            for (var line : wrap(printable(paragraph, font), font, size, available)) {
                if (y - size * LEADING < MARGIN + FOOTER) {
                    newPage();
                }
                y -= size * LEADING;
                content.beginText();
                content.setFont(font, size);
                if (first && !marker.isEmpty()) {
                    content.newLineAtOffset(MARGIN + indent, y);
                    content.showText(marker);
                    content.newLineAtOffset(markerWidth, 0);
                } else {
                    content.newLineAtOffset(MARGIN + indent + markerWidth, y);
                }
                content.showText(line);
                content.endText();
                first = false;
            }
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float available) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word longer than the line (an address, a long code) is cut where it must be
            var rest = word;
            while (widthOf(rest, font, size) > available) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length()
                        && widthOf(rest.substring(0, rest.offsetByCodePoints(cut, 1)), font, size) <= available) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Control characters become spaces; characters the font cannot show become "?". */
    private String printable(String text, PDType0Font font) {
        var known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        var result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                result.append(' ');
                return;
            }
            var ch = Character.toString(cp);
            boolean shown = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(ch);
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            result.append(shown ? ch : "?");
        });
        return result.toString();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
