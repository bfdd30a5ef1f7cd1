package ua.cooperation.portal.security.access;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.base.export.ExportFormat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Arguments that ask a service for everything it hands out: every filter record empty, a long first page, a generous
 * limit, every choice of a flag and of an enum (no choice first, where "none" means "all"), a fresh buffer for a file
 * it writes, and a search for the title every created fixture carries.
 */
final class NeutralArguments {

    /** Pages are this long: longer than any list of the test data a liaison may see. */
    static final int PAGE = 500;
    private static final int MAX_COMBINATIONS = 24;

    private NeutralArguments() {
    }

    /** Every combination of the parameters' choices (at most {@link #MAX_COMBINATIONS}). */
    static List<Object[]> combinations(Method method) {
        var parameters = method.getParameters();
        List<Object[]> combinations = new ArrayList<>();
        combinations.add(new Object[parameters.length]);
        for (int i = 0; i < parameters.length; i++) {
            var next = new ArrayList<Object[]>();
            for (var partial : combinations) {
                for (var choice : choices(parameters[i])) {
                    var args = partial.clone();
                    args[i] = choice;
                    next.add(args);
                }
            }
            combinations = next.subList(0, Math.min(next.size(), MAX_COMBINATIONS));
        }
        // each call writes into its own buffer
        return combinations.stream().map(args -> Arrays.stream(args)
                .map(a -> a instanceof ByteArrayOutputStream ? new ByteArrayOutputStream() : a).toArray()).toList();
    }

    /** Whether these arguments ask for everything: no enum chosen, no flag set (a list then holds every record). */
    static boolean asksForEverything(Object[] args) {
        return Arrays.stream(args).noneMatch(a -> a instanceof Enum<?> e && !(e instanceof ExportFormat)
                || Boolean.TRUE.equals(a));
    }

    private static List<Object> choices(Parameter parameter) {
        var type = parameter.getType();
        if (type == boolean.class || type == Boolean.class) {
            return List.of(false, true);
        }
        if (type.isEnum()) {
            var constants = new ArrayList<Object>(Arrays.asList(type.getEnumConstants()));
            if (type != ExportFormat.class && !parameter.getName().equals("kind")) {
                constants.addFirst(null);
            }
            return constants;
        }
        var single = new ArrayList<>();
        single.add(neutral(parameter));
        return single;
    }

    /** The one neutral value of a parameter that is neither a flag nor an enum. */
    static Object neutral(Parameter parameter) {
        var type = parameter.getType();
        var name = parameter.getName();
        if (type == Pageable.class) {
            return PageRequest.of(0, PAGE);
        }
        if (type == int.class || type == Integer.class) {
            return isFirst(parameter) ? 0 : PAGE;
        }
        if (type == LongConsumer.class) {
            return (LongConsumer) written -> { };
        }
        if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (type == String.class) {
            return name.equals("query") ? AccessFixtures.CREATED : name.equals("text") ? null : "access-matrix";
        }
        if (type.isRecord() && type.getName().startsWith(ServiceScan.ROOT)) {
            return record(type, null, null);
        }
        return ServiceScan.plainValue(type);
    }

    /** A record with every component neutral (null, false, 0) except {@code component}, set to {@code value}. */
    static Object record(Class<?> type, RecordComponent component, Object value) {
        var components = type.getRecordComponents();
        var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        var args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var t = types[i];
            if (component != null && components[i].getName().equals(component.getName())) {
                args[i] = (t == Long.class || t == long.class) && value instanceof Number n ? n.longValue() : value;
            } else {
                args[i] = zeroOf(t);
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    /** Whether an int parameter says where a page starts ({@code offset}, {@code page}) rather than how long it is. */
    static boolean isFirst(Parameter parameter) {
        return parameter.getName().equals("offset") || parameter.getName().equals("page");
    }

    /** What a component holds when it filters nothing: null, or the zero of a primitive type. */
    private static Object zeroOf(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? (Object) 0L : null;
    }

    /** The arguments as a failure message shows them. */
    static Object[] shown(Object[] args) {
        return Arrays.stream(args).map(a -> switch (a) {
            case null -> "null";
            case OutputStream out -> "(file)";
            case LongConsumer progress -> "(progress)";
            case Pageable page -> "page of " + page.getPageSize();
            default -> a;
        }).toArray();
    }
}
