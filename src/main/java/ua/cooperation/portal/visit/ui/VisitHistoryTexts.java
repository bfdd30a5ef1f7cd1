package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.visit.DelegationRole;
import ua.cooperation.portal.visit.VisitDetails;
import ua.cooperation.portal.visit.VisitDirection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The labels and values of a visit's history as the history tab shows them; ids become names the reader sees. */
class VisitHistoryTexts {

    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("direction", "visit.field.direction"),
            Map.entry("title", "visit.field.title"),
            Map.entry("purpose", "visit.field.purpose"),
            Map.entry("hostCountryCode", "visit.field.host-country"),
            Map.entry("city", "visit.field.city"),
            Map.entry("hostOrganisationId", "visit.field.host-organisation"),
            Map.entry("startsOn", "visit.field.starts-on"),
            Map.entry("endsOn", "visit.field.ends-on"),
            Map.entry("countryCodes", "visit.field.countries"),
            Map.entry("areas", "visit.field.areas"),
            Map.entry("targetGroups", "visit.field.target-groups"),
            Map.entry("persons", "visit.tab.delegation"),
            Map.entry("users", "visit.delegation.user"),
            Map.entry("meetingIds", "visit.tab.programme"),
            Map.entry("sharedWithPartners", "visit.field.shared"),
            Map.entry("internalNotes", "visit.field.internal-notes"),
            Map.entry("reportText", "visit.field.report"));

    private final Component source;
    private final VisitDetails shown;
    private final java.util.Locale locale;

    VisitHistoryTexts(Component source, java.util.Locale locale, VisitDetails shown) {
        this.source = source;
        this.locale = locale;
        this.shown = shown;
    }

    String fieldLabel(String field) {
        return source.getTranslation(LABEL_KEYS.getOrDefault(field, "visit.field.shared"));
    }

    String valueText(String field, Object value) {
        return switch (value) {
            case VisitDirection d -> source.getTranslation("visit-direction." + d.name());
            case CooperationArea a -> source.getTranslation("cooperation-area." + a.name());
            case TargetGroup g -> source.getTranslation("target-group." + g.name());
            case LocalDate date -> VisitTexts.date(date, locale);
            case Boolean b -> source.getTranslation(b ? "value.yes" : "value.no");
            case Map<?, ?> map -> map.entrySet().stream().map(e -> member(field, (Long) e.getKey()) + " ("
                    + source.getTranslation("delegation-role." + ((DelegationRole) e.getValue()).name()) + ")")
                    .sorted().collect(Collectors.joining(", "));
            case Collection<?> c -> c.stream().map(element -> element(field, element)).sorted()
                    .collect(Collectors.joining(", "));
            case String code when field.equals("hostCountryCode") -> CountryNames.displayName(code, locale);
            case Long id when field.equals("hostOrganisationId") -> shown.hostOrganisation() != null
                    && shown.hostOrganisation().id() == id ? shown.hostOrganisation().name() : "#" + id;
            default -> value.toString();
        };
    }

    private String element(String field, Object element) {
        return switch (element) {
            case CooperationArea a -> source.getTranslation("cooperation-area." + a.name());
            case TargetGroup g -> source.getTranslation("target-group." + g.name());
            case String code when field.equals("countryCodes") -> CountryNames.displayName(code, locale);
            default -> "#" + element;
        };
    }

    private String member(String field, long id) {
        return shown.delegation().stream()
                .filter(m -> field.equals("persons") ? Long.valueOf(id).equals(m.personId())
                        : Long.valueOf(id).equals(m.userId()))
                .map(VisitDetails.Member::name).filter(java.util.Objects::nonNull).findFirst()
                .orElse(field.equals("persons") ? "#" + id : source.getTranslation("visit.delegation.office"));
    }
}
