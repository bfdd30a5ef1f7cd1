package ua.cooperation.portal.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentContentCheckTest {

    static final byte[] PDF = ua.cooperation.portal.testsupport.TestFiles.PDF;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1,
            1, 0, 0, 1, 0, 1, 0, 0};
    /** The start of a Windows PE executable: "MZ", the DOS stub, and the offset of the PE header. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
            (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};
    static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};

    @Test
    void a_pdf_is_an_agreement() {
        assertThat(DocumentContentCheck.check(DocumentType.AGREEMENT, "agreement.pdf", PDF))
                .isEqualTo("application/pdf");
        assertThat(DocumentContentCheck.check(DocumentType.REPORT, "no-extension", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void png_and_jpeg_are_photos() {
        assertThat(DocumentContentCheck.check(DocumentType.PHOTO, "visit.png", PNG)).isEqualTo("image/png");
        assertThat(DocumentContentCheck.check(DocumentType.PHOTO, "visit.JPG", JPEG)).isEqualTo("image/jpeg");
    }

    @Test
    void ukrainian_plain_text_and_csv_pass_where_allowed() {
        var text = "Протокол зустрічі\nРішення 1: …\n".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentContentCheck.check(DocumentType.MINUTES, "протокол.txt", text)).isEqualTo("text/plain");
        var csv = "місто;країна\nКаунас;LT\n".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentContentCheck.check(DocumentType.OTHER, "list.csv", csv)).isEqualTo("text/csv");
        assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.AGREEMENT, "list.csv", csv))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.NOT_ALLOWED));
    }

    @Test
    void an_executable_renamed_to_pdf_is_a_type_mismatch() {
        assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.AGREEMENT, "agreement.pdf", EXE))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.TYPE_MISMATCH));
        assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.PHOTO, "photo.jpg", ELF))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.TYPE_MISMATCH));
        var garbage = new byte[]{1, 2, 3, 0, (byte) 0xFE, 9, 0, 0, 7};
        assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.REPORT, "report.pdf", garbage))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.TYPE_MISMATCH));
    }

    @Test
    void executables_scripts_and_markup_are_not_allowed() {
        var script = "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII);
        var html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.US_ASCII);
        for (var refused : new Object[][]{{"setup.exe", EXE}, {"tool", ELF}, {"deploy.sh", script},
                {"notes.txt", script}, {"page.txt", html}, {"logo.svg", svg}}) {
            assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.OTHER, (String) refused[0],
                    (byte[]) refused[1]))
                    .as((String) refused[0])
                    .isInstanceOfSatisfying(InvalidDocumentException.class,
                            e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.NOT_ALLOWED));
        }
    }

    @Test
    void a_pdf_is_not_a_photo() {
        assertThatThrownBy(() -> DocumentContentCheck.check(DocumentType.PHOTO, "scan.pdf", PDF))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidDocumentException.Problem.NOT_ALLOWED));
    }

    @Test
    void the_file_chooser_offers_the_extensions_of_the_type() {
        assertThat(DocumentContentCheck.acceptedExtensions(DocumentType.PHOTO)).contains(".jpg", ".png", ".heic")
                .doesNotContain(".pdf");
        assertThat(DocumentContentCheck.acceptedExtensions(DocumentType.OTHER)).contains(".pdf", ".xlsx", ".csv");
    }
}
