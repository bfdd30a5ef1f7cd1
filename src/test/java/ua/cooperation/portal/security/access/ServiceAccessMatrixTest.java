package ua.cooperation.portal.security.access;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the services, generated from the application context: every public method of every
 * {@code @Service} that takes the id (or code) of a record is called as the Lithuanian liaison with records of other
 * countries, with internal Lithuanian records and with a missing id; each must answer exactly as for the missing one
 * (empty, "not found" or "denied"), never with the record. A second rule: no service method that writes lets a liaison
 * through, except the few listed with their reason.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    private static final String ROOT = "ua.cooperation.portal.";
    private static final Locale UK = Locale.forLanguageTag("uk");

    /**
     * Which kind of record an id parameter names, by parameter name; "id" and "code" take the kind of the service
     * that declares them ({@link #SERVICE_KINDS}), except where a method says otherwise ({@link #METHOD_KINDS}).
     */
    private static final Map<String, String> PARAMETER_KINDS = Map.ofEntries(
            Map.entry("organisationId", "ORGANISATION"),
            Map.entry("personId", "PERSON"),
            Map.entry("positionId", "POSITION"),
            Map.entry("documentId", "DOCUMENT"),
            Map.entry("partnershipId", "PARTNERSHIP"),
            Map.entry("meetingId", "MEETING"),
            Map.entry("programmeId", "PROGRAMME"),
            Map.entry("municipalityId", "MUNICIPALITY"));
    private static final Map<String, String> SERVICE_KINDS = Map.ofEntries(
            Map.entry("CountryService", "COUNTRY"),
            Map.entry("OrganisationService", "ORGANISATION"),
            Map.entry("PersonService", "PERSON"),
            Map.entry("PositionService", "POSITION"),
            Map.entry("MunicipalityService", "MUNICIPALITY"),
            Map.entry("PartnershipService", "PARTNERSHIP"),
            Map.entry("ProgrammeService", "PROGRAMME"),
            Map.entry("MeetingService", "MEETING"),
            Map.entry("IatiExport", "PROGRAMME"),
            Map.entry("UserAdministration", "USER"));
    private static final Map<String, String> METHOD_KINDS = Map.ofEntries(
            Map.entry("RegistryHistory.ofOrganisation", "ORGANISATION"),
            Map.entry("RegistryHistory.ofPerson", "PERSON"),
            Map.entry("MeetingService.updateMyActionItem", "ACTION_ITEM"),
            Map.entry("MeetingService.myActionItemsByIds", "ACTION_ITEM"));
    /** Entry points that take a code or id but concern no scoped record, with the reason. */
    private static final Map<String, String> NOT_SCOPED = Map.ofEntries(
            Map.entry("TerritoryService.findByCode", "the KATOTTH codifier is public reference data"),
            Map.entry("MunicipalityService.ensureHromada", "takes a codifier code; officers only (checked by the write rule)"),
            Map.entry("UserAdministration.findByUsername", "administrators only (checked by the write rule for writes)"),
            Map.entry("SecurityAuditLog.findByIds", "administrators only: the security log has no country scope"),
            Map.entry("UserDirectory.displayNames", "names of portal users, which have no country scope"),
            // scoped by the items' meetings, whose demo data has no hidden meeting with items: items of internal and
            // foreign meetings are asked for by id in ActionItemListServiceTest (liaison scope)
            Map.entry("MeetingService.findActionItemsByIds", "tested with its own fixtures in ActionItemListServiceTest"));

    /** Service methods that write and that a liaison may call, with the reason. */
    private static final Map<String, String> LIAISON_MAY_WRITE = Map.ofEntries(
            Map.entry("UserPreferences.setPreferredLocale", "everyone chooses their own language"),
            Map.entry("LiaisonPreview.stop", "ends a preview; without one it changes nothing"),
            Map.entry("PasswordSetup.setPassword", "a guest sets the password of the one-time link they hold"),
            Map.entry("SecurityAuditLog.record", "security events are written for every user's actions"),
            Map.entry("PortalUserDetailsService.updatePassword",
                    "Spring Security re-hashes the password of the user who has just proved it (ADR 0035)"),
            Map.entry("TwoFactor.enrol", "everyone sets up the second factor of their own account"),
            Map.entry("TwoFactor.verify", "everyone gives the second factor of their own sign-in"),
            Map.entry("CalendarFeedService.issueMyToken", "everyone manages their own calendar subscription"),
            Map.entry("CalendarFeedService.revokeMyToken", "everyone manages their own calendar subscription"),
            Map.entry("MeetingService.updateMyActionItem",
                    "the owner updates status and note of their own items; others' answer not found (id matrix)"));

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;

    /** What a call answered, reduced to what the caller can tell apart. */
    private record Outcome(String kind, String detail) {
        boolean revealsNothing() {
            return kind.equals("empty") || kind.equals("not-found") || kind.equals("denied") || kind.equals("false");
        }

        @Override
        public String toString() {
            return detail == null ? kind : kind + " (" + detail + ")";
        }
    }

    private record EntryPoint(Object bean, Class<?> type, Method method, int idIndex, String kind) {
        String name() {
            return type.getSimpleName() + "." + method.getName();
        }
    }

    @Test
    void every_entry_point_that_takes_an_id_answers_out_of_scope_records_like_missing_ones() {
        var fixtures = AccessFixtures.kinds(documents);
        var problems = new ArrayList<String>();
        var checked = new ArrayList<String>();
        for (var entry : entryPoints(problems)) {
            var kind = fixtures.get(entry.kind());
            if (kind == null) {
                problems.add(entry.name() + ": no fixtures for records of kind " + entry.kind()
                        + " (add them to AccessFixtures)");
                continue;
            }
            try (var ignored = SignedIn.as("liaison-lt")) {
                var missing = call(entry, kind.missing());
                if (!missing.revealsNothing()) {
                    problems.add(entry.name() + " with a missing id answered " + missing);
                    continue;
                }
                for (var probe : kind.outOfScope()) {
                    var answer = call(entry, probe.id());
                    if (!answer.equals(missing)) {
                        problems.add(entry.name() + " for " + probe.what() + " (" + probe.id() + ") answered "
                                + answer + ", for a missing one " + missing);
                    }
                }
            }
            checked.add(entry.name());
        }
        assertThat(problems).as("entry points that tell out-of-scope records from missing ones").isEmpty();
        // the matrix really reaches the features (a broken scan would pass vacuously)
        assertThat(checked).contains("PartnershipService.findVisibleById", "PartnershipService.historyOf",
                "DocumentService.open", "DocumentService.findFor", "OrganisationService.findVisibleById",
                "CountryService.findVisibleByCode", "PositionService.findForPerson", "MunicipalityService.historyOf",
                "CountryBriefing.pdfOf", "MeetingService.openActionItemsOfCountry",
                "PersonService.findVisibleByIds", "PartnershipService.findVisibleByIds",
                "MeetingService.findVisibleByIds", "PartnershipService.visibleHromadaCodes");
    }

    @Test
    void a_liaison_is_refused_every_write_except_the_listed_ones() {
        var fixtures = AccessFixtures.kinds(documents);
        var problems = new ArrayList<String>();
        var writes = new ArrayList<String>();
        for (var bean : services()) {
            var type = AopUtils.getTargetClass(bean);
            for (var method : publicMethods(type)) {
                var name = type.getSimpleName() + "." + method.getName();
                if (!isWrite(type, method) || LIAISON_MAY_WRITE.containsKey(name)) {
                    continue;
                }
                writes.add(name);
                var declared = securityOf(method);
                if (declared == null) {
                    problems.add(name + " writes but has no role check");
                    continue;
                }
                // called with records the liaison may see: a write must still be denied
                var args = arguments(method, -1, null, fixtures);
                Outcome answer;
                try (var ignored = SignedIn.as("liaison-lt")) {
                    answer = invoke(bean, method, args);
                }
                if (!answer.kind().equals("denied")) {
                    problems.add(name + " (" + declared + ") let a liaison through: " + answer);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(writes).contains("PartnershipService.create", "PartnershipService.changeStatus",
                "DocumentService.upload", "DocumentService.delete", "OrganisationService.update");
    }

    /**
     * The action items list takes its ids inside a filter, which the scan above does not reach: a filter by a meeting
     * or a registry person out of the liaison's scope finds what a missing one finds (nothing, counted 0), while her
     * own shared meeting's items are found, so that the comparison is not between two empty lists.
     */
    @Test
    void the_action_items_list_finds_nothing_for_an_out_of_scope_meeting_or_person() {
        var fixtures = AccessFixtures.kinds(documents);
        var meetings = context.getBean(MeetingService.class);
        try (var ignored = SignedIn.as("liaison-lt")) {
            var meeting = fixtures.get("MEETING");
            var none = ActionItemFilter.none();
            for (var id : ids(meeting)) {
                var filter = none.withMeeting(((Number) id).longValue());
                assertThat(meetings.findActionItems(filter, PageRequest.of(0, 50), UK)).as("meeting " + id).isEmpty();
                assertThat(meetings.countActionItems(filter)).as("meeting " + id).isZero();
            }
            var visible = none.withMeeting(((Number) meeting.visible()).longValue());
            assertThat(meetings.findActionItems(visible, PageRequest.of(0, 50), UK)).isNotEmpty();
            assertThat(meetings.countActionItems(visible)).isPositive();
            for (var id : ids(fixtures.get("PERSON"))) {
                var filter = none.withOwner(ActionItemOwner.person(((Number) id).longValue()));
                assertThat(meetings.findActionItems(filter, PageRequest.of(0, 50), UK)).as("person " + id).isEmpty();
                assertThat(meetings.countActionItems(filter)).as("person " + id).isZero();
            }
        }
    }

    private static List<Object> ids(AccessFixtures.Kind kind) {
        var ids = new ArrayList<Object>();
        kind.outOfScope().forEach(probe -> ids.add(probe.id()));
        ids.add(kind.missing());
        return ids;
    }

    // ------------------------------------------------------------------------------------------------- scanning

    private List<Object> services() {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getName().startsWith(ROOT))
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getName()))
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private List<EntryPoint> entryPoints(List<String> problems) {
        var found = new ArrayList<EntryPoint>();
        for (var bean : services()) {
            var type = AopUtils.getTargetClass(bean);
            for (var method : publicMethods(type)) {
                var name = type.getSimpleName() + "." + method.getName();
                if (NOT_SCOPED.containsKey(name)) {
                    continue;
                }
                var parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    var parameter = parameters[i];
                    assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
                    if (!isIdParameter(parameter)) {
                        continue;
                    }
                    var kind = kindOf(type, method, parameter);
                    if (kind == null) {
                        problems.add(name + "(" + parameter.getName() + "): which kind of record does this name?"
                                + " Map it in ServiceAccessMatrixTest");
                    } else {
                        found.add(new EntryPoint(bean, type, method, i, kind));
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isIdParameter(Parameter parameter) {
        var type = parameter.getType();
        var name = parameter.getName();
        if (type == long.class || type == Long.class) {
            return name.equals("id") || (name.endsWith("Id") && !name.equals("expectedVersionId"));
        }
        if (Collection.class.isAssignableFrom(type)) {
            // the rows-by-id entry points of the exports (ADR 0024), called with one id
            return name.equals("ids");
        }
        return type == String.class && (name.equals("code") || name.equals("countryCode"));
    }

    private static String kindOf(Class<?> type, Method method, Parameter parameter) {
        var byMethod = METHOD_KINDS.get(type.getSimpleName() + "." + method.getName());
        if (byMethod != null) {
            return byMethod;
        }
        if (parameter.getName().equals("ownerId")) {
            return "PARTNERSHIP"; // called with DocumentOwnerKind.PARTNERSHIP, see arguments()
        }
        if (parameter.getName().equals("countryCode")) {
            return "COUNTRY";
        }
        var byName = PARAMETER_KINDS.get(parameter.getName());
        return byName != null ? byName : SERVICE_KINDS.get(type.getSimpleName());
    }

    private static boolean isWrite(Class<?> type, Method method) {
        var transactional = Optional.ofNullable(method.getAnnotation(Transactional.class))
                .orElse(type.getAnnotation(Transactional.class));
        return transactional != null && !transactional.readOnly();
    }

    private static String securityOf(Method method) {
        var roles = method.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return "@RolesAllowed" + Arrays.toString(roles.value());
        }
        var pre = method.getAnnotation(PreAuthorize.class);
        return pre == null ? null : "@PreAuthorize(" + pre.value() + ")";
    }

    // ------------------------------------------------------------------------------------------------- calling

    private Outcome call(EntryPoint entry, Object id) {
        return invoke(entry.bean(), entry.method(), arguments(entry.method(), entry.idIndex(), id,
                AccessFixtures.kinds(documents)));
    }

    /** Plain arguments of the right types; the id parameter gets {@code id}, other ids a record the liaison sees. */
    private static Object[] arguments(Method method, int idIndex, Object id, Map<String, AccessFixtures.Kind> kinds) {
        var parameters = method.getParameters();
        var args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            var p = parameters[i];
            var type = p.getType();
            if (i == idIndex) {
                args[i] = type == Long.class || type == long.class ? ((Number) id).longValue()
                        : Collection.class.isAssignableFrom(type) ? List.of(((Number) id).longValue()) : id;
            } else if (isIdParameter(p) && !Collection.class.isAssignableFrom(type)) {
                var name = kindOf(method.getDeclaringClass(), method, p);
                var kind = name == null ? null : kinds.get(name);
                args[i] = kind == null ? (type == String.class ? "LT" : 1L) : kind.visible();
            } else {
                args[i] = plainValue(type);
            }
        }
        return args;
    }

    private static Object plainValue(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == String.class) {
            return "access-matrix";
        } else if (type == Locale.class) {
            return UK;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2025, 1, 1);
        } else if (type == Instant.class) {
            return Instant.parse("2025-01-01T00:00:00Z");
        } else if (type == DocumentOwnerKind.class) {
            return DocumentOwnerKind.PARTNERSHIP;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        } else if (type == byte[].class) {
            return TestFiles.PDF;
        } else if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        } else if (type == List.class || type == Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        }
        return null;
    }

    private static String describe(Object result) {
        try {
            var text = String.valueOf(result);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (RuntimeException e) {
            return result.getClass().getSimpleName() + " (not printable: " + e.getMessage() + ")";
        }
    }

    private static Outcome invoke(Object bean, Method method, Object[] args) {
        try {
            var result = method.invoke(bean, args);
            if (result == null || result instanceof Optional<?> o && o.isEmpty()
                    || result instanceof Collection<?> c && c.isEmpty() || result instanceof Map<?, ?> m && m.isEmpty()) {
                return new Outcome("empty", null);
            }
            if (Boolean.FALSE.equals(result)) {
                return new Outcome("false", null);
            }
            return new Outcome("value", describe(result));
        } catch (InvocationTargetException e) {
            var cause = e.getCause();
            if (cause instanceof RecordNotFoundException) {
                return new Outcome("not-found", null);
            }
            if (cause instanceof AuthorizationDeniedException
                    || cause instanceof org.springframework.security.access.AccessDeniedException) {
                return new Outcome("denied", null);
            }
            return new Outcome("error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
