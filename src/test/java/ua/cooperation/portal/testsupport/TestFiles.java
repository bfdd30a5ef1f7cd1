package ua.cooperation.portal.testsupport;

import java.nio.charset.StandardCharsets;

/** Small real files for the tests that upload documents: what the content check must accept. */
public final class TestFiles {

    /** A minimal well-formed PDF with one empty page. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Size 4/Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private TestFiles() {
    }
}
