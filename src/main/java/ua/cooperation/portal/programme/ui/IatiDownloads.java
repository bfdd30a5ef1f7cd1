package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.programme.IatiExportRefusedException;
import ua.cooperation.portal.programme.IatiFile;

import java.util.List;
import java.util.function.Supplier;

/**
 * Download links for IATI files. The file is built when the link is followed, so the export's scope check and its
 * audit row belong to the actual download; a refused export answers 409 (the views show what is missing before).
 */
final class IatiDownloads {

    static final String MIME = "application/xml";

    private IatiDownloads() {
    }

    static Anchor link(String id, String text, Supplier<IatiFile> file) {
        var anchor = new Anchor(handler(file), text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        anchor.addClassName("portal-download");
        return anchor;
    }

    static DownloadHandler handler(Supplier<IatiFile> file) {
        return event -> {
            IatiFile built;
            try {
                built = file.get();
            } catch (RecordNotFoundException gone) {
                event.getResponse().setStatus(404);
                return;
            } catch (IatiExportRefusedException refused) {
                event.getResponse().setStatus(409);
                return;
            }
            event.setFileName(built.fileName());
            event.setContentType(MIME);
            event.setContentLength(built.content().length);
            try (var out = event.getOutputStream()) {
                out.write(built.content());
            }
        };
    }

    /** The translated list of what IATI still needs, one line per programme and item. */
    static Component missingList(Component source, List<IatiExportRefusedException.Missing> missing,
                                 boolean withIdentifiers) {
        var list = new UnorderedList();
        for (var item : missing) {
            var text = source.getTranslation("iati.missing." + item.item().name());
            list.add(new ListItem(withIdentifiers && item.identifier() != null ? item.identifier() + ": " + text
                    : text));
        }
        var box = new com.vaadin.flow.component.html.Div(new Paragraph(source.getTranslation("iati.missing.intro")),
                list);
        box.setId("programme-iati-missing");
        box.addClassNames("portal-notice", "portal-notice-warning");
        return box;
    }
}
