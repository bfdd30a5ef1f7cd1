package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.meeting.ParticipantRole;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The labels and values of a meeting's merged history (its fields, its decisions' and action items', its documents')
 * as the history tab shows them: ids become the names the reader may see, or {@code #id}.
 */
class MeetingHistoryTexts {

    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("type", "meeting.field.type"),
            Map.entry("title", "meeting.field.title"),
            Map.entry("startsAt", "meeting.field.start"),
            Map.entry("endsAt", "meeting.field.end"),
            Map.entry("place", "meeting.field.place"),
            Map.entry("onlineLink", "meeting.field.online-link"),
            Map.entry("countryCodes", "meeting.field.countries"),
            Map.entry("organisationIds", "meeting.field.organisations"),
            Map.entry("participants", "meeting.tab.participants"),
            Map.entry("userIds", "meeting.field.users"),
            Map.entry("partnershipIds", "meeting.field.partnerships"),
            Map.entry("programmeIds", "meeting.field.programmes"),
            Map.entry("agenda", "meeting.field.agenda"),
            Map.entry("minutes", "meeting.field.minutes"),
            Map.entry("internalNotes", "meeting.field.internal-notes"),
            Map.entry("areas", "meeting.field.areas"),
            Map.entry("targetGroups", "meeting.field.target-groups"),
            Map.entry("decision.areas", "meeting.field.areas"),
            Map.entry("decision.targetGroups", "meeting.field.target-groups"),
            Map.entry("decision.text", "decision.field.text"),
            Map.entry("decision.decidedOn", "decision.field.decided-on"),
            Map.entry("decision.effectiveFrom", "decision.field.effective-from"),
            Map.entry("actionItem.title", "action-item.field.title"),
            Map.entry("actionItem.decisionId", "action-item.field.decision"),
            Map.entry("actionItem.ownerUserId", "action-item.field.owner-user"),
            Map.entry("actionItem.ownerPersonId", "action-item.field.owner-person"),
            Map.entry("actionItem.dueOn", "action-item.field.due"),
            Map.entry("actionItem.status", "action-item.field.status"),
            Map.entry("actionItem.completionNote", "action-item.field.completion-note"),
            Map.entry("actionItem.partnershipId", "action-item.field.partnership"),
            Map.entry("actionItem.countryCode", "action-item.field.country"));

    private final Component source;
    private final Locale locale;
    private final UserDirectory users;
    private final PersonService people;
    private final MeetingDetails shown;
    private final Supplier<List<DecisionItem>> decisions;
    private final DocumentsPanels<DocumentOwnerKind> documents;

    MeetingHistoryTexts(Component source, Locale locale, UserDirectory users, PersonService people,
                        MeetingDetails shown,
                        Supplier<List<DecisionItem>> decisions, DocumentsPanels<DocumentOwnerKind> documents) {
        this.source = source;
        this.documents = documents;
        this.locale = locale;
        this.users = users;
        this.people = people;
        this.shown = shown;
        this.decisions = decisions;
    }

    String fieldLabel(String field) {
        if (documents.isHistoryField(field)) {
            return documents.historyFieldLabel(source, field);
        }
        return source.getTranslation(LABEL_KEYS.getOrDefault(field, "meeting.field.shared"));
    }

    String valueText(String field, Object value) {
        if (documents.isHistoryField(field)) {
            return documents.historyValueText(source, locale, field, value);
        }
        return switch (value) {
            case MeetingType t -> source.getTranslation("meeting-type." + t.name());
            case ActionItemStatus s -> source.getTranslation("action-item-status." + s.name());
            case LocalDate date -> MeetingTexts.date(date, locale);
            case Instant instant -> MeetingTexts.dateTime(instant, locale);
            case Boolean b -> source.getTranslation(b ? "value.yes" : "value.no");
            case Map<?, ?> map -> map.entrySet().stream().map(e -> personName((Long) e.getKey()) + " ("
                    + source.getTranslation("participant-role." + ((ParticipantRole) e.getValue()).name()) + ")")
                    .sorted().collect(Collectors.joining(", "));
            case Collection<?> c -> c.stream().map(element -> collectionValue(field, element)).sorted()
                    .collect(Collectors.joining(", "));
            case Long id when field.equals("actionItem.ownerUserId") -> userName(id);
            case Long id when field.equals("actionItem.ownerPersonId") -> personName(id);
            case Long id when field.equals("actionItem.partnershipId") -> named(shown.partnerships(), id);
            case Long id when field.equals("actionItem.decisionId") -> decisionNumber(id);
            case String code when field.equals("actionItem.countryCode") -> CountryNames.displayName(code, locale);
            default -> value.toString();
        };
    }

    private String collectionValue(String field, Object element) {
        return switch (field) {
            case "countryCodes" -> CountryNames.displayName((String) element, locale);
            case "organisationIds" -> named(shown.organisations(), (Long) element);
            case "userIds" -> userName((Long) element);
            case "partnershipIds" -> named(shown.partnerships(), (Long) element);
            case "programmeIds" -> named(shown.programmes(), (Long) element);
            default -> switch (element) {
                case ua.cooperation.portal.partnership.CooperationArea a -> source.getTranslation("cooperation-area." + a.name());
                case ua.cooperation.portal.programme.TargetGroup g -> source.getTranslation("target-group." + g.name());
                default -> element.toString();
            };
        };
    }

    private String userName(long id) {
        return Authors.shown(source, users.displayNames(List.of(id)).get(id));
    }

    private String personName(long id) {
        return shown.participants().stream().filter(p -> p.personId() == id).map(MeetingDetails.Participant::name)
                .findFirst().orElseGet(() -> people.findVisibleName(id).orElse("#" + id));
    }

    private String decisionNumber(long id) {
        return decisions.get().stream().filter(d -> d.id() == id).map(d -> "№ " + d.number())
                .findFirst().orElse("#" + id);
    }

    private static String named(List<MeetingDetails.Named> named, long id) {
        return named.stream().filter(n -> n.id() == id).map(MeetingDetails.Named::name).findFirst().orElse("#" + id);
    }
}
