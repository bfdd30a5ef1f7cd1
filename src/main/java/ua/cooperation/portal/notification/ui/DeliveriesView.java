package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.notification.DeliveryProblem;
import ua.cooperation.portal.notification.NotificationDeliveries;
import ua.cooperation.portal.notification.NotificationLinks;
import ua.cooperation.portal.security.Role;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Administrators: the notification e-mails that did not go out (failed for good, or late), with recipient, event,
 * attempts and the last error, and "Resend" to put one back into the outbox.
 */
@Route(NotificationLinks.DELIVERIES)
@RolesAllowed(Role.Names.ADMIN)
public class DeliveriesView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "deliveries-grid";
    static final String ID_RESEND_PREFIX = "deliveries-resend-";
    static final int LIMIT = 500;

    private final NotificationDeliveries deliveries;
    private final Grid<DeliveryProblem> grid = new Grid<>();

    DeliveriesView(NotificationDeliveries deliveries) {
        this.deliveries = deliveries;
        setSizeFull();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notification.deliveries.empty"));
        grid.addColumn(d -> when.format(d.createdAt())).setKey("when")
                .setHeader(getTranslation("notifications.when")).setAutoWidth(true);
        grid.addColumn(d -> d.email() == null ? d.recipient() : d.recipient() + " <" + d.email() + ">")
                .setKey("recipient").setHeader(getTranslation("notification.deliveries.recipient")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("notification.kind." + d.kind().name())).setKey("kind")
                .setHeader(getTranslation("notifications.what")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("notification.delivery.state." + d.state())).setKey("state")
                .setHeader(getTranslation("notification.deliveries.state")).setAutoWidth(true);
        grid.addColumn(DeliveryProblem::attempts).setKey("attempts")
                .setHeader(getTranslation("notification.deliveries.attempts")).setAutoWidth(true);
        grid.addColumn(DeliveryProblem::lastError).setKey("error")
                .setHeader(getTranslation("notification.deliveries.error")).setFlexGrow(3);
        grid.addComponentColumn(this::resendButton).setKey("resend").setAutoWidth(true);
        add(new H2(getTranslation("notification.deliveries.title")), grid);
        refresh();
    }

    private Button resendButton(DeliveryProblem problem) {
        var resend = new Button(getTranslation("notification.deliveries.resend"), e -> resend(problem));
        resend.setId(ID_RESEND_PREFIX + problem.id());
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return resend;
    }

    private void resend(DeliveryProblem problem) {
        try {
            deliveries.resend(problem.id());
            Notifications.success(this, "notification.deliveries.resent");
        } catch (RecordNotFoundException e) {
            // sent meanwhile: the list is read again
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(deliveries.undelivered(LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.deliveries.title");
    }
}
