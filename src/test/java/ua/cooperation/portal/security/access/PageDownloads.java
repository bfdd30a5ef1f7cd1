package ua.cooperation.portal.security.access;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.mockito.Mockito;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The downloads of the page now shown, found as the browser would find them: every element of the UI (in every tab
 * of every tab sheet, in the rows every grid shows) whose attribute points at a resource Vaadin serves under its
 * {@code VAADIN/dynamic/resource} paths, with the handler that Vaadin runs when that address is fetched.
 */
final class PageDownloads {

    private static final String DYNAMIC = "VAADIN/dynamic/resource/";
    private static final int GRID_ROWS = 50;

    /** One download: what links to it, and the handler behind the address. */
    record Download(String what, Element owner, DownloadHandler handler) {

        /** The class whose code made the handler (a lambda's enclosing class). */
        String declaredIn() {
            var name = handler.getClass().getName();
            var lambda = name.indexOf("$$Lambda");
            var top = lambda < 0 ? name : name.substring(0, lambda);
            var inner = top.indexOf('$');
            return inner < 0 ? top : top.substring(0, inner);
        }
    }

    /** What running a download gave: the bytes written, the status set (if any), or the refusal it threw. */
    record Answer(byte[] body, Integer status, String refusal) {
        boolean refused() {
            return refusal != null || status != null && status >= 400;
        }

        @Override
        public String toString() {
            return refused() ? "refused (" + (refusal != null ? refusal : "status " + status) + ")"
                    : body.length + " bytes";
        }
    }

    private PageDownloads() {
    }

    /** Every download on the page, after every tab was opened and every grid showed its first rows. */
    static List<Download> onPage(UI ui) {
        var found = new LinkedHashMap<String, Download>();
        showRows(ui);
        collect(ui, found);
        for (var component : components(ui)) {
            if (component instanceof TabSheet sheet) {
                for (int i = 0; i < sheet.getTabCount(); i++) {
                    sheet.setSelectedIndex(i);
                    MockVaadin.clientRoundtrip(false);
                    showRows(ui);
                    collect(ui, found);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Runs a download as the browser's request would, with whatever security context is in place. */
    static Answer run(Download download) {
        var body = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        try {
            when(response.getOutputStream()).thenReturn(new Buffer(body));
            download.handler().handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                    VaadinSession.getCurrent(), download.owner()));
        } catch (IOException | RuntimeException e) {
            return new Answer(body.toByteArray(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Integer status = Mockito.mockingDetails(response).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("setStatus"))
                .map(call -> (Integer) call.getArgument(0)).reduce((first, last) -> last).orElse(null);
        return new Answer(body.toByteArray(), status, null);
    }

    /** Asks every grid for its first rows, as the browser does; the rows' components are then attached. */
    private static void showRows(UI ui) {
        for (var component : components(ui)) {
            if (component instanceof Grid<?> grid) {
                grid.getDataCommunicator().setViewportRange(0, GRID_ROWS);
            }
        }
        MockVaadin.clientRoundtrip(false);
    }

    private static List<Component> components(UI ui) {
        var components = new ArrayList<Component>();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> ElementUtil.from(node)
                .flatMap(Element::getComponent).filter(c -> c.getElement().getNode() == node)
                .ifPresent(components::add));
        return components;
    }

    private static void collect(UI ui, Map<String, Download> found) {
        var registry = ui.getSession().getResourceRegistry();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> ElementUtil.from(node).ifPresent(element ->
                element.getAttributeNames().forEach(name -> {
                    var value = element.getAttribute(name);
                    if (value != null && value.contains(DYNAMIC)) {
                        registry.getResource(URI.create(value.substring(value.indexOf(DYNAMIC))))
                                .filter(StreamResourceRegistry.ElementStreamResource.class::isInstance)
                                .map(r -> ((StreamResourceRegistry.ElementStreamResource) r)
                                        .getElementRequestHandler())
                                .filter(DownloadHandler.class::isInstance)
                                .ifPresent(handler -> found.putIfAbsent(value, new Download(describe(element),
                                        element, (DownloadHandler) handler)));
                    }
                })));
    }

    private static String describe(Element element) {
        var id = element.getAttribute("id");
        return id != null ? "#" + id : element.getTag() + " \"" + element.getTextRecursively().strip() + "\"";
    }

    /** A servlet output stream over a byte buffer, as a response hands it out. */
    private static final class Buffer extends ServletOutputStream {
        private final ByteArrayOutputStream target;

        Buffer(ByteArrayOutputStream target) {
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
        public void setWriteListener(WriteListener listener) {
            // written at once
        }
    }
}
