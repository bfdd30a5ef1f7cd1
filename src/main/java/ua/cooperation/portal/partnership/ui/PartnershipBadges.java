package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.html.Span;
import ua.cooperation.portal.partnership.PartnershipHealth;
import ua.cooperation.portal.partnership.PartnershipStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The translated, coloured badges and date texts that the partnership views share. */
final class PartnershipBadges {

    private PartnershipBadges() {
    }

    static Span status(PartnershipStatus status, boolean awaitingConfirmation) {
        var badge = new Span();
        badge.setText(badge.getTranslation("partnership-status." + status.name())
                + (awaitingConfirmation ? " · " + badge.getTranslation("partnership.awaiting-confirmation") : ""));
        badge.addClassNames("portal-badge", "portal-badge-status-" + status.name().toLowerCase(Locale.ROOT));
        if (awaitingConfirmation) {
            badge.addClassName("portal-badge-awaiting");
        }
        return badge;
    }

    static Span health(PartnershipHealth health) {
        var badge = new Span();
        if (health == PartnershipHealth.NONE) {
            return badge;
        }
        badge.setText(badge.getTranslation("partnership-health." + health.name()));
        badge.addClassNames("portal-badge", "portal-badge-health-" + health.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
