package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.practice.PracticeDetails;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.practice.PracticeStatus;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/** The labels and values of a practice's history, as its page shows them. */
final class PracticeHistoryTexts {

    private PracticeHistoryTexts() {
    }

    static String labelKey(String field) {
        return switch (field) {
            case "title" -> "practice.field.title";
            case "description" -> "practice.field.description";
            case "direction" -> "practice.field.direction";
            case "countryCode" -> "practice.field.country";
            case "organisation" -> "practice.field.organisation";
            case "areas" -> "practice.field.areas";
            case "targetGroups" -> "practice.field.target-groups";
            case "sourceMeetingId" -> "practice.field.source-meeting";
            case "sourceDocumentId" -> "practice.field.source-document";
            case "sourceVisitId" -> "practice.field.source-visit";
            case "notes" -> "practice.field.notes";
            case "status" -> "practice.field.status";
            case "statusSince" -> "practice.field.last-change";
            default -> "practice.field.shared";
        };
    }

    static String value(Component page, java.util.Locale locale, PracticeDetails shown, String field,
                        Object value) {
        return switch (value) {
            case PracticeStatus s -> page.getTranslation("practice-status." + s.name());
            case PracticeDirection d -> page.getTranslation("practice-direction." + d.name());
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale).format(date);
            case Boolean b -> page.getTranslation(b ? "value.yes" : "value.no");
            case Collection<?> c -> c.stream().map(v -> switch (v) {
                case CooperationArea a -> page.getTranslation("cooperation-area." + a.name());
                case TargetGroup g -> page.getTranslation("target-group." + g.name());
                default -> v.toString();
            }).sorted().collect(Collectors.joining(", "));
            case String code when field.equals("countryCode") -> CountryNames.displayName(code, locale);
            case Long id when field.equals("organisation") ->
                    shown.organisation() != null && shown.organisation().id() == id ? shown.organisation().name()
                            : "#" + id;
            case Long id when field.equals("sourceMeetingId") ->
                    shown.sourceMeeting() != null && shown.sourceMeeting().id() == id ? shown.sourceMeeting().name()
                            : "#" + id;
            case Long id when field.equals("sourceVisitId") ->
                    shown.sourceVisit() != null && shown.sourceVisit().id() == id ? shown.sourceVisit().name()
                            : "#" + id;
            default -> value.toString();
        };
    }
}
