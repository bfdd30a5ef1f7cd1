package ua.cooperation.portal.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever users typed into the portal, the pack is still written: hostile and long text in the PDF layout. */
class PdfLayoutTest {

    @Test
    void emoji_control_characters_rtl_and_endless_words_do_not_break_the_document() throws IOException {
        var endless = "https://example.org/" + "дуже-довга-адреса-".repeat(40);
        byte[] bytes;
        try (var pdf = new PdfLayout("Тест", Locale.forLanguageTag("uk"))) {
            pdf.title("Заголовок з емодзі 🇺🇦🚀 і ґ");
            pdf.paragraph("Керівні\u0000символи\u0007 та\u202Eперевернутий\u202C текст; שלום עולם; "
                    + "<script>alert(1)</script>");
            pdf.bullet(endless);
            for (int i = 0; i < 120; i++) {
                pdf.detail("Рядок " + i + ": ąčęėįšųūž ĄČĘĖĮŠŲŪŽ і ї є ґ");
            }
            bytes = pdf.toBytes((page, pages) -> "Сторінка " + page + " з " + pages);
        }
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Заголовок з емодзі ?", "і ґ", "<script>alert(1)</script>",
                    "Рядок 119: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ і ї є ґ", "Сторінка 1 з " + document.getNumberOfPages());
            // the long address is cut across lines, not lost
            assertThat(text.replaceAll("\\s+", "")).contains(endless.replaceAll("\\s+", ""));
            assertThat(text).doesNotContain("\u0000", "\u0007", "\u202E");
        }
    }
}
