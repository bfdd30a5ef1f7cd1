package ua.cooperation.portal.security.access;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service methods that take the id (or code) of a record, found by scanning: which parameter it is and which
 * kind of record it names. "id" and "code" take the kind of the service that declares them ({@link #SERVICE_KINDS}),
 * other names their own ({@link #PARAMETER_KINDS}), except where a method says otherwise ({@link #METHOD_KINDS}).
 */
final class IdEntryPoints {

    static final Map<String, String> PARAMETER_KINDS = Map.ofEntries(
            Map.entry("organisationId", "ORGANISATION"),
            Map.entry("personId", "PERSON"),
            Map.entry("positionId", "POSITION"),
            Map.entry("documentId", "DOCUMENT"),
            Map.entry("partnershipId", "PARTNERSHIP"),
            Map.entry("meetingId", "MEETING"),
            Map.entry("programmeId", "PROGRAMME"),
            Map.entry("municipalityId", "MUNICIPALITY"),
            Map.entry("countryCode", "COUNTRY"),
            Map.entry("commentId", "COMMENT"),
            Map.entry("visitId", "VISIT"));
    static final Map<String, String> SERVICE_KINDS = Map.ofEntries(
            Map.entry("CountryService", "COUNTRY"),
            Map.entry("OrganisationService", "ORGANISATION"),
            Map.entry("PersonService", "PERSON"),
            Map.entry("PositionService", "POSITION"),
            Map.entry("MunicipalityService", "MUNICIPALITY"),
            Map.entry("PartnershipService", "PARTNERSHIP"),
            Map.entry("ProgrammeService", "PROGRAMME"),
            Map.entry("ProgrammeApprovalService", "PROGRAMME"),
            Map.entry("MeetingService", "MEETING"),
            Map.entry("MeetingCalendarService", "MEETING"),
            // the decision register's rows by id (exports, issue 22)
            Map.entry("DecisionRegisterService", "DECISION"),
            Map.entry("ProposalService", "PROPOSAL"),
            Map.entry("PracticeService", "PRACTICE"),
            Map.entry("IatiExport", "PROGRAMME"),
            Map.entry("AgendaPointService", "AGENDA_POINT"),
            Map.entry("UserAdministration", "USER"),
            Map.entry("VisitService", "VISIT"),
            Map.entry("VisitCalendar", "VISIT"));
    private static final Map<String, String> METHOD_KINDS = Map.ofEntries(
            Map.entry("RegistryHistory.ofOrganisation", "ORGANISATION"),
            Map.entry("RegistryHistory.ofPerson", "PERSON"),
            Map.entry("ActionItemService.updateMyActionItem", "ACTION_ITEM"),
            Map.entry("ActionItemService.myActionItemsByIds", "ACTION_ITEM"),
            // the translation page names its record by kind and id; every kind is tried with the meeting probes
            Map.entry("ContentTranslations.sheet", "MEETING"),
            Map.entry("ContentTranslations.save", "MEETING"),
            // a followed record is named by kind and id; every kind is tried with the meeting probes (ADR 0041)
            Map.entry("FollowService.follow", "MEETING"),
            Map.entry("FollowService.unfollow", "MEETING"),
            Map.entry("FollowService.isFollowing", "MEETING"),
            Map.entry("NotificationService.markRead", "NOTIFICATION"),
            // a comment thread's record is named by kind and id (issue 21); every kind is tried with the meeting probes
            Map.entry("CommentService.thread", "MEETING"),
            Map.entry("CommentService.historyOf", "MEETING"),
            Map.entry("CommentService.add", "MEETING"),
            // a meeting's invitees as the signed-in person reads them: her own answer among them (issue 21)
            Map.entry("AttendanceService.attendanceOf", "ATTENDANCE"),
            Map.entry("AttendanceService.answer", "ATTENDANCE"),
            // only the proposer withdraws: the preview, who is the officer, proposed nothing (issue 21)
            Map.entry("ProposalService.withdraw", "MY_PROPOSAL"),
            // the visits of a page of meetings (the decision register, issue 22): named by the meetings' ids
            Map.entry("VisitItineraryService.visitsOfMeetings", "MEETING"));
    /** Entry points that take a code or id but concern no scoped record, with the reason. */
    static final Map<String, String> NOT_SCOPED = Map.ofEntries(
            Map.entry("TerritoryService.findByCode", "the KATOTTH codifier is public reference data"),
            Map.entry("MunicipalityService.ensureHromada", "takes a codifier code; officers only (checked by the write rule)"),
            Map.entry("UserAdministration.findByUsername", "administrators only (checked by the write rule for writes)"),
            Map.entry("SecurityAuditLog.findByIds", "administrators only: the security log has no country scope"),
            Map.entry("UserDirectory.displayNames", "names of portal users, which have no country scope"),
            Map.entry("NotificationDeliveries.resend",
                    "administrators only: deliveries have no country scope (checked by the write rule)"),
            // scoped by the items' meetings, whose demo data has no hidden meeting with items: items of internal and
            // foreign meetings are asked for by id in ActionItemListServiceTest (liaison scope)
            Map.entry("ActionItemService.findActionItemsByIds", "tested with its own fixtures in ActionItemListServiceTest"));
    /**
     * Kinds whose probes are "not hers" rather than out of scope: the owner-relative entry points ("my action items")
     * answer for the signed-in person, so an officer's preview, who is another person than liaison-lt, answers them
     * for herself; they are checked against the fixtures, not against liaison-lt's answers.
     */
    static final Map<String, String> OWNER_RELATIVE = Map.of(
            "ACTION_ITEM", "owned by the signed-in person: the preview is the officer, not liaison-lt",
            "NOTIFICATION", "the signed-in person's own notifications: the preview is the officer, not liaison-lt",
            "USER", "portal accounts: the preview keeps the officer's own account",
            "ATTENDANCE", "the invitees with the signed-in person's own answer: the preview is the officer, who is"
                    + " herself invited to the shared demo meeting, not liaison-lt",
            "MY_PROPOSAL", "withdrawn by her who proposed it: the preview is the officer, not liaison-lt");

    /** One service method that takes an id, with the argument index and the kind of record. */
    record EntryPoint(Object bean, Method method, int idIndex, String kind) {
        String name() {
            return ServiceScan.name(bean, method);
        }
    }

    private IdEntryPoints() {
    }

    /** Every entry point of the application's services; an unmapped id parameter goes to {@code problems}. */
    static List<EntryPoint> scan(ApplicationContext context, List<String> problems) {
        var found = new ArrayList<EntryPoint>();
        for (var bean : ServiceScan.services(context)) {
            var type = AopUtils.getTargetClass(bean);
            for (var method : ServiceScan.publicMethods(type)) {
                var name = ServiceScan.name(bean, method);
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
                                + " Map it in IdEntryPoints");
                    } else {
                        found.add(new EntryPoint(bean, method, i, kind));
                    }
                    break;
                }
            }
        }
        return found;
    }

    static boolean isIdParameter(Parameter parameter) {
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

    static String kindOf(Class<?> type, Method method, Parameter parameter) {
        var byMethod = METHOD_KINDS.get(type.getSimpleName() + "." + method.getName());
        if (byMethod != null) {
            return byMethod;
        }
        if (parameter.getName().equals("ownerId")) {
            return "PARTNERSHIP"; // called with DocumentOwnerKind.PARTNERSHIP, see ServiceScan.plainValue
        }
        var byName = PARAMETER_KINDS.get(parameter.getName());
        return byName != null ? byName : SERVICE_KINDS.get(type.getSimpleName());
    }

    /** Plain arguments of the right types; the id parameter gets {@code id}, other ids a record the caller sees. */
    static Object[] arguments(EntryPoint entry, Object id, Map<String, AccessFixtures.Kind> kinds) {
        var method = entry.method();
        var parameters = method.getParameters();
        var args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            var p = parameters[i];
            var type = p.getType();
            if (i == entry.idIndex()) {
                args[i] = type == Long.class || type == long.class ? ((Number) id).longValue()
                        : Collection.class.isAssignableFrom(type) ? List.of(((Number) id).longValue()) : id;
            } else if (isIdParameter(p) && !Collection.class.isAssignableFrom(type)) {
                var name = kindOf(method.getDeclaringClass(), method, p);
                var kind = name == null ? null : kinds.get(name);
                // a caller who may see no record of that kind asks with a missing one
                args[i] = kind == null ? (type == String.class ? "LT" : 1L)
                        : kind.visible() != null ? kind.visible() : kind.missing();
            } else {
                args[i] = ServiceScan.plainValue(type);
            }
        }
        return args;
    }

    /** Calls the entry point with {@code id}. */
    static ServiceScan.Outcome call(EntryPoint entry, Object id, Map<String, AccessFixtures.Kind> kinds) {
        return ServiceScan.invoke(entry.bean(), entry.method(), arguments(entry, id, kinds));
    }
}
