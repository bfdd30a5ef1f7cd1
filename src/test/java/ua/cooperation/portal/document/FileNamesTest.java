package ua.cooperation.portal.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void keeps_an_ordinary_name_as_it_is() {
        assertThat(FileNames.sanitise("Угода про партнерство 2025.pdf")).isEqualTo("Угода про партнерство 2025.pdf");
        assertThat(FileNames.sanitise("Report.PDF")).isEqualTo("Report.PDF");
    }

    @Test
    void drops_any_path_whichever_separator() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\x\\y.pdf")).isEqualTo("y.pdf");
        assertThat(FileNames.sanitise("/var/tmp/..")).isEqualTo("document");
    }

    @Test
    void removes_control_characters_and_bidi_overrides() {
        assertThat(FileNames.sanitise("report\u0000\r\n\t.pdf")).isEqualTo("report.pdf");
        // U+202E RIGHT-TO-LEFT OVERRIDE makes "invoice\u202Efdp.exe" display as "invoiceexe.pdf"
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.sanitise("a\u2066b\u2069\u200Fc.txt")).isEqualTo("abc.txt");
    }

    @Test
    void replaces_reserved_characters_and_trims_dots_and_spaces() {
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.docx")).isEqualTo("a_b_c_d_e_f_g_h.docx");
        assertThat(FileNames.sanitise("  ...hidden   file  name .txt. ")).isEqualTo("hidden file name.txt");
        assertThat(FileNames.sanitise(".pdf")).isEqualTo("document.pdf");
    }

    @Test
    void normalises_to_nfc() {
        var decomposed = "Zu\u0308rich.pdf"; // u + combining diaeresis
        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Zürich.pdf").hasSize(10);
    }

    @Test
    void caps_long_names_at_200_characters_keeping_the_extension() {
        var name = FileNames.sanitise("а".repeat(500) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("а.pdf");
    }

    @Test
    void keeps_emoji_and_never_splits_one_in_half() {
        assertThat(FileNames.sanitise("фото 📷 з візиту.jpg")).isEqualTo("фото 📷 з візиту.jpg");
        var name = FileNames.sanitise("a" + "😀".repeat(150) + ".png");
        assertThat(name.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith("😀.png");
        assertThat(name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }

    @Test
    void falls_back_to_document_when_nothing_is_left() {
        assertThat(FileNames.sanitise("")).isEqualTo("document");
        assertThat(FileNames.sanitise(null)).isEqualTo("document");
        assertThat(FileNames.sanitise("   ")).isEqualTo("document");
        assertThat(FileNames.sanitise("\u202E\u0007")).isEqualTo("document");
        assertThat(FileNames.sanitise("***.pdf")).isEqualTo("document.pdf");
    }
}
