package ua.cooperation.portal.security.access;

import org.springframework.aop.support.AopUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.notification.NotificationService;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records inside the answers of the list matrix ({@link ListAccessMatrixTest}): which fixture records a list,
 * an export's ids or a dashboard holds, and whether a count matches the list it counts.
 */
final class RecordsInAnswers {

    private RecordsInAnswers() {
    }

    /**
     * The records the caller may not see that the answer holds (by their ids); and, for a list of everything, whether
     * it holds the record the caller may see, so that the check is not made of an empty list.
     */
    static List<String> outOfScope(String label, Object bean, Method method, Object answer,
                                   Map<String, AccessFixtures.Kind> fixtures, Caller caller, Object[] args) {
        var problems = new ArrayList<String>();
        var found = Findings.recordIds(answer);
        if (answer instanceof long[] ids && ids.length > 0) {
            found.put(kindOfIds(bean, method), Arrays.stream(ids).boxed().collect(Collectors.toSet()));
        }
        boolean own = method.getName().startsWith("my") || method.getName().startsWith("countMy");
        found.forEach((kind, ids) -> {
            var records = fixtures.get(kind);
            if (records == null) {
                return;
            }
            var hidden = hiddenIds(kind, records, own, caller);
            var shown = ids.stream().filter(hidden::contains).toList();
            if (!shown.isEmpty()) {
                problems.add(label + " lists " + kind + " " + shown + ", which the caller may not see");
            }
        });
        var everything = method.getName().equals("findVisible") || method.getName().equals("findVisibleIds");
        if (everything && caller.seesVisibleRecords() && NeutralArguments.asksForEverything(args)) {
            var kind = kindOfIds(bean, method);
            var visible = fixtures.get(kind).visible();
            if (visible != null && !found.getOrDefault(kind, Set.of()).contains(visible)) {
                problems.add(label + " does not list the " + kind + " she may see (" + visible + "): " + found);
            }
        }
        return problems;
    }

    /**
     * The fixture ids of a kind that must not appear. Action items are asked for as "hers": in a list of her own
     * items none of the probes may appear; in other lists only those of meetings she may not see (they carry markers),
     * since the others are items of her own meetings. A pending sign-in may see not even her visible record.
     */
    private static Set<Object> hiddenIds(String kind, AccessFixtures.Kind records, boolean ownList, Caller caller) {
        var hidden = new HashSet<>();
        for (var probe : records.outOfScope()) {
            if (!kind.equals("ACTION_ITEM") || ownList || !probe.markers().isEmpty()) {
                hidden.add(probe.id());
            }
        }
        if (!caller.seesVisibleRecords()) {
            hidden.add(records.visible());
        }
        if (kind.equals("USER")) {
            hidden.clear(); // portal users have no country scope
        }
        return hidden;
    }

    /** The kind of record an export's ids name: action items by the method's name, else the service's kind. */
    private static String kindOfIds(Object bean, Method method) {
        if (method.getName().contains("ActionItem")) {
            return "ACTION_ITEM";
        }
        return IdEntryPoints.SERVICE_KINDS.get(AopUtils.getTargetClass(bean).getSimpleName());
    }

    /**
     * A count equals the length of the list it counts, read through the same service with the same criteria (a count
     * "up to" a limit, when not at the limit). The list is the method of the count's name without "count" and "UpTo"
     * ({@code countVisible} — {@code findVisible}, {@code countMyActionItems} — {@code myActionItems}); two counts
     * without such a name are paired here by hand.
     */
    static List<String> countMatchesList(String label, Object bean, Method method, Object[] args, Object answer) {
        var name = method.getName();
        if (!name.startsWith("count")) {
            return List.of();
        }
        if (name.equals("countVisibleByStatus")) {
            return countriesByStatus(label, (CountryService) bean, answer);
        }
        if (name.equals("countUnread") && bean instanceof NotificationService notifications) {
            return unreadMatchesInbox(label, notifications, answer);
        }
        long counted;
        boolean atLeast = false;
        if (answer instanceof ListCount count) {
            counted = count.value();
            atLeast = count.atLeast();
        } else if (answer instanceof Number number) {
            counted = number.longValue();
        } else {
            return List.of(label + ": a count that answers " + answer + "; compare it with its list here");
        }
        var listed = listOf(bean, method, args);
        if (listed.isEmpty()) {
            return List.of(label + ": which list does it count? Name it after the list or pair it in RecordsInAnswers");
        }
        long size = listed.get();
        if (size >= NeutralArguments.PAGE || atLeast && size >= counted) {
            return List.of();
        }
        return size == counted ? List.of() : List.of(label + " counts " + counted + ", its list holds " + size);
    }

    /**
     * The bell's count is the unread inbox's length, up to {@link NotificationService#COUNT_LIMIT} (for a partner,
     * whose count stops there).
     */
    private static List<String> unreadMatchesInbox(String label, NotificationService notifications, Object answer) {
        long counted = ((Number) answer).longValue();
        long size = notifications.inbox(true, null, null, NeutralArguments.PAGE, ServiceScan.UK).size();
        if (size == counted || counted == NotificationService.COUNT_LIMIT && size >= counted) {
            return List.of();
        }
        return List.of(label + " counts " + counted + " unread, the unread inbox holds " + size);
    }

    /** How many rows the list of a count holds, asked with the count's own criteria. */
    private static Optional<Long> listOf(Object bean, Method count, Object[] args) {
        var base = count.getName().replaceFirst("^count", "").replaceFirst("UpTo$", "");
        var criteria = new ArrayList<>(Arrays.asList(args));
        if (count.getName().endsWith("UpTo")) {
            criteria.removeLast();
        }
        if (base.equals("MyOverdue")) {
            base = "MyActionItems";
            criteria = new ArrayList<>(List.of(false, true));
        }
        var names = base.isEmpty() ? Set.of("find")
                : Set.of("find" + base, Character.toLowerCase(base.charAt(0)) + base.substring(1));
        for (var candidate : ServiceScan.publicMethods(AopUtils.getTargetClass(bean))) {
            if (names.contains(candidate.getName())) {
                var listArgs = listArguments(candidate, criteria);
                if (listArgs != null) {
                    var outcome = ServiceScan.invoke(bean, candidate, listArgs);
                    return Optional.of(outcome.value() instanceof Collection<?> rows ? (long) rows.size() : 0L);
                }
            }
        }
        return Optional.empty();
    }

    /** The list's arguments: the count's criteria in order, a long first page, Ukrainian; null when they differ. */
    private static Object[] listArguments(Method list, List<Object> criteria) {
        var parameters = list.getParameters();
        var args = new Object[parameters.length];
        int next = 0;
        for (int i = 0; i < parameters.length; i++) {
            var type = parameters[i].getType();
            if (type == Pageable.class) {
                args[i] = PageRequest.of(0, NeutralArguments.PAGE);
            } else if (type == Locale.class) {
                args[i] = ServiceScan.UK;
            } else if (type == int.class && next >= criteria.size()) {
                args[i] = NeutralArguments.isFirst(parameters[i]) ? 0 : NeutralArguments.PAGE;
            } else if (next < criteria.size()
                    && (criteria.get(next) == null || wrap(type).isInstance(criteria.get(next)))) {
                args[i] = criteria.get(next++);
            } else {
                return null;
            }
        }
        return next == criteria.size() ? args : null;
    }

    private static Class<?> wrap(Class<?> type) {
        return type == boolean.class ? Boolean.class : type == int.class ? Integer.class
                : type == long.class ? Long.class : type;
    }

    private static List<String> countriesByStatus(String label, CountryService countries, Object answer) {
        if (!(answer instanceof Map<?, ?> byStatus)) {
            return List.of();
        }
        var listed = countries.findVisible(CountryFilter.none(), PageRequest.of(0, NeutralArguments.PAGE),
                ServiceScan.UK);
        var expected = listed.stream().collect(Collectors.groupingBy(CountryListItem::partnerStatus,
                Collectors.counting()));
        var counted = byStatus.entrySet().stream().filter(e -> ((Number) e.getValue()).longValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
        return counted.equals(expected) ? List.of()
                : List.of(label + " counts " + counted + ", the list holds " + expected);
    }
}
