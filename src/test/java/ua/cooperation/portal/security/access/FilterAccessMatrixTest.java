package ua.cooperation.portal.security.access;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the ids that travel inside filters (meetings by organisation, person, partnership, programme;
 * partnerships by municipality; action items by meeting and owner …), generated from the filter records themselves:
 * every record component that names a record ({@code …Id}, {@code …Ids}, {@code …Code}, or a value type of the
 * application) is set, alone, to each id a caller may not see and to a missing one, and every service method that takes
 * the filter (list, ids for exports, count, IATI and 5W files …) must find exactly the same for both. A public code
 * (a country, a KATOTTH unit) may find the caller's own records that concern it too, but nothing she does not find
 * without the filter. The caller's own visible id must find something, so that the comparison is not between two
 * empty answers (except for a sign-in waiting for its second factor, which must find nothing even there). A new filter
 * component fails here with "map this component" until its kind of record is known.
 */
@IntegrationTest
class FilterAccessMatrixTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    /** What a filter by a record the caller may not see must find. */
    private enum Rule {
        /** Exactly what a missing id finds: the id of a record she may not open tells nothing. */
        LIKE_MISSING,
        /**
         * For a public code (an ISO country, a KATOTTH unit): nothing she does not find without the filter. A record
         * she may see that also concerns another country shows that country itself.
         */
        WITHIN_UNFILTERED,
        /** Portal users have no country scope: another user's rows among her own are hers to see; only her own id is
         * checked (to find something). */
        OWN_ONLY
    }

    /** How a component fills in a fixture id: the kind of record, the value it takes, and the rule it keeps. */
    private record Slot(String kind, Function<Object, Object> value, Rule rule) {
        Slot(String kind) {
            this(kind, id -> id, Rule.LIKE_MISSING);
        }
    }

    private static final Map<String, Slot> BY_NAME = Map.ofEntries(
            Map.entry("organisationId", new Slot("ORGANISATION")),
            Map.entry("personId", new Slot("PERSON")),
            Map.entry("partnershipId", new Slot("PARTNERSHIP")),
            Map.entry("programmeId", new Slot("PROGRAMME")),
            Map.entry("meetingId", new Slot("MEETING")),
            Map.entry("visitId", new Slot("VISIT")),
            Map.entry("municipalityId", new Slot("MUNICIPALITY")),
            Map.entry("countryCode", new Slot("COUNTRY", id -> id, Rule.WITHIN_UNFILTERED)),
            Map.entry("unitCode", new Slot("HROMADA", id -> id, Rule.WITHIN_UNFILTERED)));
    /** Components of a value type that carries an id, by "Filter.component": one slot per kind of record it takes. */
    private static final Map<String, List<Slot>> BY_COMPONENT = Map.of(
            "ActionItemFilter.owner", List.of(
                    new Slot("PERSON", id -> ActionItemOwner.person((Long) id), Rule.LIKE_MISSING),
                    new Slot("USER", id -> ActionItemOwner.user((Long) id), Rule.OWN_ONLY)));

    @Autowired
    ApplicationContext context;

    @Test
    void an_id_inside_a_filter_finds_for_an_out_of_scope_record_what_it_finds_for_a_missing_one() {
        var problems = new ArrayList<String>();
        var filters = filterTypes();
        assertThat(filters.keySet()).as("the scan reaches the filters").extracting(Class::getSimpleName)
                .contains("MeetingFilter", "PartnershipFilter", "ProgrammeFilter", "ActionItemFilter");
        var probed = new ArrayList<String>();
        for (var filter : filters.keySet()) {
            for (var component : filter.getRecordComponents()) {
                var slots = slotsOf(filter, component, problems);
                for (var slot : slots) {
                    for (var caller : Caller.all(context)) {
                        problems.addAll(probe(caller, filter, component, slot, filters.get(filter)));
                    }
                    probed.add(filter.getSimpleName() + "." + component.getName() + " as " + slot.kind());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(probed).contains("MeetingFilter.organisationId as ORGANISATION", "MeetingFilter.personId as PERSON",
                "MeetingFilter.partnershipId as PARTNERSHIP", "MeetingFilter.programmeId as PROGRAMME",
                "PartnershipFilter.municipalityId as MUNICIPALITY", "PartnershipFilter.organisationId as ORGANISATION",
                "ActionItemFilter.meetingId as MEETING",
                "ActionItemFilter.owner as PERSON", "ProgrammeFilter.countryCode as COUNTRY",
                "PracticeFilter.visitId as VISIT");
    }

    /**
     * One component of one filter as one caller: every method that takes the filter answers the same for each record
     * she may not see as for a missing one; something for the one she may see.
     */
    private List<String> probe(Caller caller, Class<?> filter, RecordComponent component, Slot slot,
                               List<Entry> methods) {
        var fixtures = AccessFixtures.of(context, caller);
        var kind = fixtures.get(slot.kind());
        if (kind == null) {
            return List.of(filter.getSimpleName() + "." + component.getName() + ": no fixtures of kind " + slot.kind());
        }
        var problems = new ArrayList<String>();
        var label = filter.getSimpleName() + "." + component.getName() + " as " + caller;
        try (var ignored = caller.signIn()) {
            var missing = answers(filter, component, slot.value().apply(kind.missing()), methods);
            var unfiltered = answers(filter, null, null, methods);
            var probes = new ArrayList<AccessFixtures.Probe>();
            if (slot.rule() != Rule.OWN_ONLY) {
                probes.addAll(kind.outOfScope());
            }
            for (var probe : probes) {
                var answer = answers(filter, component, slot.value().apply(probe.id()), methods);
                boolean kept = slot.rule() == Rule.LIKE_MISSING ? answer.equals(missing) : within(answer, unfiltered);
                if (!kept) {
                    problems.add(label + " = " + probe.what() + " (" + probe.id() + ") finds " + answer
                            + (slot.rule() == Rule.LIKE_MISSING ? ", a missing one " + missing
                            : ", more than she finds without the filter " + unfiltered));
                }
            }
            if (kind.visible() == null) {
                return problems; // she may see no record of this kind (a guest bound to an organisation: no country)
            }
            var visible = answers(filter, component, slot.value().apply(kind.visible()), methods);
            if (!caller.seesVisibleRecords() && !visible.equals(missing)) {
                problems.add(label + " = the liaison's own " + kind.visible() + " finds " + visible + " before the"
                        + " second factor, a missing one " + missing);
            }
            if (caller.seesVisibleRecords() && visible.values().stream().allMatch(List::isEmpty)) {
                problems.add(label + " = her own " + kind.visible() + " finds nothing: the comparison is empty");
            }
        }
        return problems;
    }

    /** What each method that takes the filter found, with only {@code component} set to {@code value}. */
    private static Map<String, List<String>> answers(Class<?> filter, RecordComponent component, Object value,
                                                     List<Entry> methods) {
        var instance = NeutralArguments.record(filter, component, value);
        var found = new TreeMap<String, List<String>>();
        for (var entry : methods) {
            var outcome = ServiceScan.invoke(entry.bean(), entry.method(), entry.arguments(instance));
            found.put(entry.name(), switch (outcome.kind()) {
                case "value", "empty" -> Findings.found(outcome.value());
                case "refused" -> Findings.foundInRefusal(outcome.detail());
                default -> List.of(outcome.toString());
            });
        }
        return found;
    }

    /**
     * Whether every method found no more with the filter than without it (fewer rows, a smaller count). A refusal
     * names what stopped the export, not what it holds: a method refused on either side is left to the others.
     */
    private static boolean within(Map<String, List<String>> filtered, Map<String, List<String>> unfiltered) {
        for (var entry : filtered.entrySet()) {
            var found = entry.getValue();
            var all = unfiltered.getOrDefault(entry.getKey(), List.of());
            if (Stream.concat(found.stream(), all.stream()).anyMatch(f -> f.startsWith("refused"))) {
                continue;
            }
            boolean counted = found.size() == 1 && found.getFirst().matches("(count|ListCount) \\d+.*");
            if (counted ? number(found) > number(all) : !all.containsAll(found)) {
                return false;
            }
        }
        return true;
    }

    private static long number(List<String> found) {
        return found.isEmpty() ? 0 : Long.parseLong(found.getFirst().replaceAll("^\\D+(\\d+).*$", "$1"));
    }

    /** A method that takes a filter, with its argument index. */
    private record Entry(Object bean, Method method, int filterIndex) {
        String name() {
            return ServiceScan.name(bean, method);
        }

        Object[] arguments(Object filter) {
            var parameters = method.getParameters();
            var args = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                args[i] = i == filterIndex ? filter : NeutralArguments.neutral(parameters[i]);
            }
            return args;
        }
    }

    /** Every filter record of the application that a service method takes, with those methods. */
    private Map<Class<?>, List<Entry>> filterTypes() {
        var filters = new LinkedHashMap<Class<?>, List<Entry>>();
        for (var bean : ServiceScan.services(context)) {
            for (var method : ServiceScan.publicMethods(AopUtils.getTargetClass(bean))) {
                var types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isRecord() && types[i].getName().startsWith(ServiceScan.ROOT)
                            && types[i].getSimpleName().endsWith("Filter")) {
                        filters.computeIfAbsent(types[i], t -> new ArrayList<>()).add(new Entry(bean, method, i));
                    }
                }
            }
        }
        return filters;
    }

    /** The slots of a component: none for plain criteria, one per kind for an id; an unknown id is a problem. */
    private static List<Slot> slotsOf(Class<?> filter, RecordComponent component, List<String> problems) {
        var key = filter.getSimpleName() + "." + component.getName();
        if (BY_COMPONENT.containsKey(key)) {
            return BY_COMPONENT.get(key);
        }
        var name = component.getName();
        var type = component.getType();
        boolean namesARecord = name.endsWith("Id") || name.endsWith("Ids") || name.endsWith("Code")
                || type.getName().startsWith(ServiceScan.ROOT) && !type.isEnum();
        if (!namesARecord) {
            return List.of();
        }
        var slot = BY_NAME.get(name);
        if (slot == null || Collection.class.isAssignableFrom(type)) {
            problems.add(key + " (" + type.getSimpleName() + "): which kind of record does it name? Map this component"
                    + " in FilterAccessMatrixTest");
            return List.of();
        }
        return List.of(slot);
    }

    /**
     * The action items list takes its ids inside a filter: a filter by a meeting or a registry person out of the
     * liaison's scope finds what a missing one finds (nothing, counted 0), while her own shared meeting's items are
     * found, so that the comparison is not between two empty lists. (The generated matrix above covers this too; the
     * test stays as the readable example.)
     */
    @Test
    void the_action_items_list_finds_nothing_for_an_out_of_scope_meeting_or_person() {
        var fixtures = AccessFixtures.kinds(context);
        var actionItemService = context.getBean(ActionItemService.class);
        try (var ignored = SignedIn.as("liaison-lt")) {
            var meeting = fixtures.get("MEETING");
            var none = ActionItemFilter.none();
            for (var id : ids(meeting)) {
                var filter = none.withMeeting(((Number) id).longValue());
                assertThat(actionItemService.findActionItems(filter, PageRequest.of(0, 50), UK)).as("meeting " + id).isEmpty();
                assertThat(actionItemService.countActionItems(filter)).as("meeting " + id).isZero();
            }
            var visible = none.withMeeting(((Number) meeting.visible()).longValue());
            assertThat(actionItemService.findActionItems(visible, PageRequest.of(0, 50), UK)).isNotEmpty();
            assertThat(actionItemService.countActionItems(visible)).isPositive();
            for (var id : ids(fixtures.get("PERSON"))) {
                var filter = none.withOwner(ActionItemOwner.person(((Number) id).longValue()));
                assertThat(actionItemService.findActionItems(filter, PageRequest.of(0, 50), UK)).as("person " + id).isEmpty();
                assertThat(actionItemService.countActionItems(filter)).as("person " + id).isZero();
            }
        }
    }

    private static List<Object> ids(AccessFixtures.Kind kind) {
        var ids = new ArrayList<Object>();
        kind.outOfScope().forEach(probe -> ids.add(probe.id()));
        ids.add(kind.missing());
        return ids;
    }
}
