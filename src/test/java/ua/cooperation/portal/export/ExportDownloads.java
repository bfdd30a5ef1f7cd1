package ua.cooperation.portal.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ua.cooperation.portal.base.ui.ExportButtons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Clicks a list's export link in a Karibu test and keeps what the download sent. */
final class ExportDownloads {

    private ExportDownloads() {
    }

    /** What one download sent: the bytes and the response it went to. */
    record Download(byte[] body, VaadinResponse response) {
        /** The body as CSV text, without the byte order mark that every CSV export starts with. */
        String text() {
            var text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            return text.substring(1);
        }
    }

    /** Downloads through the link {@code linkId} of the export buttons {@code buttonsId} of the current view. */
    static Download download(String buttonsId, String linkId) throws IOException {
        @SuppressWarnings("unchecked")
        ExportButtons<Object> buttons = _get(ExportButtons.class, spec -> spec.withId(buttonsId));
        var link = _get(buttons, Anchor.class, spec -> spec.withId(linkId));
        assertThat(link.getElement().getAttribute("download")).isNotNull();
        assertThat(link.getHref()).isNotBlank();
        return run(buttons.handler(linkId), link);
    }

    /** Downloads through the export link {@code linkId} of the current view, whichever export buttons hold it. */
    static Download download(String linkId) throws IOException {
        var link = _get(Anchor.class, spec -> spec.withId(linkId));
        var parent = link.getParent();
        while (parent.isPresent() && !(parent.get() instanceof ExportButtons<?>)) {
            parent = parent.get().getParent();
        }
        var buttons = (ExportButtons<?>) parent.orElseThrow(() -> new AssertionError(linkId + " is no export link"));
        return run(buttons.handler(linkId), link);
    }

    static Download run(DownloadHandler handler, Anchor link) throws IOException {
        var body = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStreamStub(body));
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), link.getElement()));
        return new Download(body.toByteArray(), response);
    }

    /** The records of a CSV text with a header line, read by Commons CSV. */
    static List<CSVRecord> csv(String text) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    /** A servlet output stream over a byte buffer, as VaadinResponse hands it out. */
    private static final class ServletOutputStreamStub extends jakarta.servlet.ServletOutputStream {
        private final ByteArrayOutputStream target;

        ServletOutputStreamStub(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(jakarta.servlet.WriteListener listener) {
        }
    }
}
