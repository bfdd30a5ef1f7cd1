package ua.cooperation.portal.security.access;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.testsupport.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scanning half of the access matrix: the application's services and their public methods, which of them write,
 * what security they declare, plain arguments for any parameter, and a call reduced to what the caller can tell apart
 * ({@link Outcome}). The test classes decide what to call and what to expect.
 */
final class ServiceScan {

    static final String ROOT = "ua.cooperation.portal.";
    static final Locale UK = Locale.forLanguageTag("uk");

    private ServiceScan() {
    }

    /**
     * What a call answered, reduced to what the caller can tell apart ({@code kind} and {@code detail}; two outcomes
     * are equal when these are), with the raw {@code value} kept for a look inside.
     */
    record Outcome(String kind, String detail, Object value) {

        static Outcome of(String kind) {
            return new Outcome(kind, null, null);
        }

        /** Empty, not found, denied, false, or "nobody is signed in": nothing about any record. */
        boolean revealsNothing() {
            return Set.of("empty", "not-found", "denied", "false", "nobody").contains(kind);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome o && kind.equals(o.kind) && Objects.equals(detail, o.detail);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, detail);
        }

        @Override
        public String toString() {
            return detail == null ? kind : kind + " (" + detail + ")";
        }
    }

    /** The application's own {@code @Service} beans, by class name. */
    static List<Object> services(ApplicationContext context) {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getName().startsWith(ROOT))
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getName()))
                .toList();
    }

    /** The public instance methods a class declares itself, in a stable order. */
    static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount)
                        .thenComparing(Method::toGenericString))
                .toList();
    }

    /** {@code Service.method}, as the matrices' maps name entry points. */
    static String name(Object bean, Method method) {
        return AopUtils.getTargetClass(bean).getSimpleName() + "." + method.getName();
    }

    static boolean isWrite(Class<?> type, Method method) {
        var transactional = Optional.ofNullable(method.getAnnotation(Transactional.class))
                .orElse(type.getAnnotation(Transactional.class));
        return transactional != null && !transactional.readOnly();
    }

    static String securityOf(Method method) {
        var roles = method.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return "@RolesAllowed" + Arrays.toString(roles.value());
        }
        var pre = method.getAnnotation(PreAuthorize.class);
        return pre == null ? null : "@PreAuthorize(" + pre.value() + ")";
    }

    /** A plain value of a parameter type: neutral (no filter, first page, Ukrainian, a fixed day). */
    static Object plainValue(Class<?> type) {
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
        } else if (type == Sort.class) {
            return Sort.unsorted();
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

    /** Calls the method and reduces its answer or exception to an {@link Outcome}. */
    static Outcome invoke(Object bean, Method method, Object[] args) {
        try {
            return outcomeOf(method.invoke(bean, args));
        } catch (InvocationTargetException e) {
            var cause = e.getCause();
            if (cause instanceof RecordNotFoundException) {
                return Outcome.of("not-found");
            }
            if (cause instanceof AuthorizationDeniedException
                    || cause instanceof org.springframework.security.access.AccessDeniedException) {
                return Outcome.of("denied");
            }
            if (cause.getClass().getSimpleName().endsWith("RefusedException")) {
                // the service's own refusal of the request (e.g. "no programmes to export"): its message is the answer
                return new Outcome("refused", cause.getMessage(), cause.getMessage());
            }
            if (cause instanceof IllegalStateException && thrownBy(cause, "security.CurrentUser")) {
                // the service asked for the signed-in portal user and found none: it stops before reading anything
                return Outcome.of("nobody");
            }
            return new Outcome("error", cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean thrownBy(Throwable error, String classSuffix) {
        return error.getStackTrace().length > 0 && error.getStackTrace()[0].getClassName().endsWith(classSuffix);
    }

    static Outcome outcomeOf(Object result) {
        if (result == null || result instanceof Optional<?> o && o.isEmpty()
                || result instanceof Collection<?> c && c.isEmpty() || result instanceof Map<?, ?> m && m.isEmpty()
                || result instanceof long[] a && a.length == 0) {
            return new Outcome("empty", null, result);
        }
        if (Boolean.FALSE.equals(result)) {
            return new Outcome("false", null, result);
        }
        return new Outcome("value", describe(result), result);
    }

    static String describe(Object result) {
        try {
            var text = switch (result) {
                case long[] ids -> Arrays.toString(ids);
                case byte[] bytes -> bytes.length + " bytes";
                // an iCalendar file stamps the moment it was written: two calls a second apart tell nothing apart
                default -> String.valueOf(result).replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP:(now)");
            };
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (RuntimeException e) {
            return result.getClass().getSimpleName() + " (not printable: " + e.getMessage() + ")";
        }
    }
}
