package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.html.Span;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The translated badges, dates and amounts that the programme views share. */
final class ProgrammeBadges {

    private ProgrammeBadges() {
    }

    static Span approval(ApprovalState state) {
        var badge = new Span(new Span().getTranslation("approval-state." + state.name()));
        badge.addClassNames("portal-badge", "portal-badge-approval-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span status(ActivityStatus status) {
        var badge = new Span(new Span().getTranslation("activity-status." + status.name()));
        badge.addClassName("portal-badge");
        return badge;
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An amount with its currency code, in the reader's number format; never added across currencies. */
    static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + (currency == null ? "" : currency);
    }

    /** A plain number in the reader's format; empty for none. */
    static String number(BigDecimal value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }
}
