package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a programme's history names its fields and shows their values, in the reader's language. */
final class ProgrammeHistoryTexts {

    private final Component source;
    private final Locale locale;
    private final DocumentsPanels<?> documents;

    /** {@code documents} names the fields of the programme's documents, whose changes its history includes. */
    ProgrammeHistoryTexts(Component source, Locale locale, DocumentsPanels<?> documents) {
        this.source = source;
        this.locale = locale;
        this.documents = documents;
    }

    String fieldLabel(String field) {
        if (documents.isHistoryField(field)) {
            return documents.historyFieldLabel(source, field);
        }
        // the translations of an indicator's title, named by the indicator's number (its key, ADR 0040)
        var indicator = ProgrammeChanges.Indicator.keyOfTextField(field);
        if (indicator.isPresent()) {
            return source.getTranslation("programme.history.indicator-title", Integer.toString(indicator.getAsInt()));
        }
        return source.getTranslation("programme.history." + field);
    }

    String valueText(String field, Object value) {
        if (documents.isHistoryField(field)) {
            return documents.historyValueText(source, locale, field, value);
        }
        return switch (value) {
            case ActivityStatus s -> source.getTranslation("activity-status." + s.name());
            case ApprovalState s -> source.getTranslation("approval-state." + s.name());
            case LocalDate date -> ProgrammeBadges.date(date, locale);
            case Boolean b -> source.getTranslation(b ? "value.yes" : "value.no");
            case BigDecimal amount -> ProgrammeBadges.number(amount, locale);
            case Collection<?> c -> c.stream().map(this::itemText).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** An element of a collection field in the history: enums translated, list rows shortly described. */
    private String itemText(Object item) {
        return switch (item) {
            case TargetGroup g -> source.getTranslation("target-group." + g.name());
            case SupportArea a -> source.getTranslation("support-area." + a.name());
            case Sector s -> s.code();
            case OrganisationRole r -> source.getTranslation("organisation-role." + r.name());
            case String code when code.length() == 2 -> CountryNames.displayName(code, locale);
            default -> String.valueOf(item);
        };
    }
}
