package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.meeting.CalendarFeedService;

/**
 * The personal calendar subscription: create a secret address (shown once, to copy into a calendar app), replace it
 * with a new one, or revoke it. The address shows the meetings the user may see, wherever it is opened.
 */
class CalendarFeedDialog extends Dialog {

    static final String ID = "calendar-feed-dialog";
    static final String ID_STATE = "calendar-feed-state";
    static final String ID_CREATE = "calendar-feed-create";
    static final String ID_REVOKE = "calendar-feed-revoke";
    static final String ID_URL = "calendar-feed-url";

    private final CalendarFeedService feeds;
    private final Paragraph state = new Paragraph();
    private final TextField url = new TextField();
    private final Button revoke = new Button();
    private final Button create = new Button();

    CalendarFeedDialog(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId(ID);
        setHeaderTitle(getTranslation("calendar-feed.title"));
        setWidth("min(44em, 95vw)");
        var explanation = new Paragraph(getTranslation("calendar-feed.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        state.setId(ID_STATE);
        url.setId(ID_URL);
        url.setReadOnly(true);
        url.setWidthFull();
        url.setLabel(getTranslation("calendar-feed.url"));
        url.setHelperText(getTranslation("calendar-feed.url.helper"));
        url.setVisible(false);
        create.setId(ID_CREATE);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            var token = feeds.issueMyToken();
            url.setValue(baseUrl() + CalendarFeedService.PATH_PREFIX + token + CalendarFeedService.PATH_SUFFIX);
            url.setVisible(true);
            showState();
        });
        revoke.setId(ID_REVOKE);
        revoke.setText(getTranslation("calendar-feed.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            feeds.revokeMyToken();
            url.clear();
            url.setVisible(false);
            showState();
        });
        add(explanation, state, url);
        getFooter().add(revoke, new Button(getTranslation("action.close"), e -> close()), create);
        showState();
    }

    private void showState() {
        var created = feeds.myTokenCreatedAt();
        state.setText(created.map(at -> getTranslation("calendar-feed.active", MeetingTexts.dateTime(at, getLocale())))
                .orElseGet(() -> getTranslation("calendar-feed.none")));
        revoke.setVisible(created.isPresent());
        create.setText(getTranslation(created.isPresent() ? "calendar-feed.replace" : "calendar-feed.create"));
    }

    /** The address the user reached the portal at (behind a proxy, the forwarded one as the server sees it). */
    private static String baseUrl() {
        var request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            var port = http.getServerPort();
            boolean standard = ("https".equals(http.getScheme()) && port == 443)
                    || ("http".equals(http.getScheme()) && port == 80);
            return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port)
                    + http.getContextPath();
        }
        return "";
    }
}
