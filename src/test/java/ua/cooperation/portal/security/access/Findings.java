package ua.cooperation.portal.security.access;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ua.cooperation.portal.programme.IatiFile;
import ua.cooperation.portal.search.SearchHit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an answer holds, as the matrix looks for records in it: the records it lists (by the service's own row and
 * details types and their id), and its readable text (the components of the records it returns, and the text of the
 * files it writes: CSV, XLSX cells, PDF text, IATI XML, iCalendar).
 */
final class Findings {

    /** The row and details types that stand for one record of a fixture kind, by their {@code id} (or {@code code}). */
    private static final Map<String, String> RECORD_TYPES = Map.ofEntries(
            Map.entry("CountryListItem", "COUNTRY"), Map.entry("CountryDetails", "COUNTRY"),
            Map.entry("OrganisationListItem", "ORGANISATION"), Map.entry("OrganisationDetails", "ORGANISATION"),
            Map.entry("PersonListItem", "PERSON"), Map.entry("PersonDetails", "PERSON"),
            Map.entry("PositionItem", "POSITION"), Map.entry("MunicipalityItem", "MUNICIPALITY"),
            Map.entry("MunicipalityDetails", "MUNICIPALITY"),
            Map.entry("PartnershipListItem", "PARTNERSHIP"), Map.entry("PartnershipDetails", "PARTNERSHIP"),
            Map.entry("ProgrammeListItem", "PROGRAMME"), Map.entry("ProgrammeDetails", "PROGRAMME"),
            Map.entry("ProgrammeRow", "PROGRAMME"),
            Map.entry("MeetingListItem", "MEETING"), Map.entry("MeetingDetails", "MEETING"),
            Map.entry("MeetingRow", "MEETING"), Map.entry("DecisionRegisterItem", "DECISION"),
            Map.entry("ActionItemView", "ACTION_ITEM"), Map.entry("ActionItemRow", "ACTION_ITEM"),
            Map.entry("DocumentItem", "DOCUMENT"),
            Map.entry("ProposalListItem", "PROPOSAL"), Map.entry("ProposalDetails", "PROPOSAL"),
            Map.entry("PracticeListItem", "PRACTICE"), Map.entry("PracticeDetails", "PRACTICE"),
            Map.entry("VisitListItem", "VISIT"), Map.entry("VisitDetails", "VISIT"));
    private static final Pattern REFUSED_IDENTIFIER = Pattern.compile("identifier=([^,\\]]+)");
    private static final Pattern IATI_IDENTIFIER = Pattern.compile("<iati-identifier>([^<]*)</iati-identifier>");

    private Findings() {
    }

    /** The ids of the records the answer holds, per fixture kind (nested rows included, e.g. a dashboard's). */
    static Map<String, Set<Object>> recordIds(Object answer) {
        var found = new LinkedHashMap<String, Set<Object>>();
        walk(answer, new IdentityHashMap<>(), (kind, id) -> found.computeIfAbsent(kind, k -> new LinkedHashSet<>())
                .add(id));
        return found;
    }

    /**
     * What a list-like answer found, in a form two answers of one method can be compared by: a count, the ids of a
     * list of records or of an export's ids, the identifiers in an IATI file. Nothing found is the empty list.
     */
    static List<String> found(Object answer) {
        return switch (answer) {
            case null -> List.of();
            case Number n -> n.longValue() == 0 ? List.of() : List.of("count " + n);
            case long[] ids -> java.util.Arrays.stream(ids).mapToObj(id -> "id " + id).toList();
            case IatiFile file -> identifiers(new String(file.content(), StandardCharsets.UTF_8));
            case byte[] file -> List.of(file.length == 0 ? "no file" : "a file"); // its records: by their names
            case Optional<?> optional -> found(optional.orElse(null));
            case Collection<?> rows -> rows.stream().map(Findings::identity).toList();
            default -> List.of(identity(answer));
        };
    }

    /**
     * The records a service's refusal names (an IATI export refused for what its programmes lack names them by their
     * identifiers): "refused, there is nothing" names none, like an empty answer.
     */
    static List<String> foundInRefusal(String message) {
        var ids = new TreeSet<String>();
        var matcher = REFUSED_IDENTIFIER.matcher(message == null ? "" : message);
        while (matcher.find()) {
            if (!matcher.group(1).equals("null")) {
                ids.add("refused for iati " + matcher.group(1));
            }
        }
        return List.copyOf(ids);
    }

    /** The readable text of an answer: every string in its records, and the text of any file in it. */
    static String text(Object answer) {
        var text = new StringBuilder();
        appendText(answer, text, new IdentityHashMap<>());
        return text.toString();
    }

    /** The text of a file: PDF text, the cells of an XLSX workbook, otherwise UTF-8 (CSV, XML, iCalendar). */
    static String textOfFile(byte[] bytes) {
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (var pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new IllegalStateException("not a readable PDF", e);
            }
        }
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return workbookText(bytes);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String workbookText(byte[] bytes) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var text = new StringBuilder();
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException("not a readable XLSX workbook", e);
        }
    }

    private static List<String> identifiers(String xml) {
        var ids = new TreeSet<String>();
        var matcher = IATI_IDENTIFIER.matcher(xml);
        while (matcher.find()) {
            ids.add("iati " + matcher.group(1));
        }
        return List.copyOf(ids);
    }

    /** A row by its id or code; a record without one by its text; a file by its text. */
    private static String identity(Object row) {
        if (row != null && row.getClass().isRecord()) {
            for (var name : List.of("id", "code")) {
                var value = component(row, name);
                if (value != null) {
                    return row.getClass().getSimpleName() + " " + value;
                }
            }
            return row.getClass().getSimpleName() + " " + text(row).replace('\n', ' ').strip();
        }
        return String.valueOf(row);
    }

    private interface RecordSink {
        void accept(String kind, Object id);
    }

    private static void walk(Object value, Map<Object, Boolean> seen, RecordSink sink) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        switch (value) {
            case Collection<?> items -> items.forEach(item -> walk(item, seen, sink));
            case Map<?, ?> map -> map.forEach((k, v) -> {
                walk(k, seen, sink);
                walk(v, seen, sink);
            });
            case Optional<?> optional -> optional.ifPresent(inner -> walk(inner, seen, sink));
            case Object[] array -> List.of(array).forEach(item -> walk(item, seen, sink));
            default -> {
                if (value.getClass().isRecord()) {
                    var kind = kindOf(value);
                    if (kind != null) {
                        sink.accept(kind, Optional.ofNullable(component(value, "id")).orElse(component(value, "code")));
                    }
                    for (var part : value.getClass().getRecordComponents()) {
                        walk(read(value, part), seen, sink);
                    }
                }
            }
        }
    }

    private static String kindOf(Object row) {
        if (row instanceof SearchHit hit) {
            return hit.kind().name();
        }
        return RECORD_TYPES.get(row.getClass().getSimpleName());
    }

    private static void appendText(Object value, StringBuilder text, Map<Object, Boolean> seen) {
        if (value == null || value instanceof InputStream || !(value instanceof String)
                && seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        switch (value) {
            case byte[] bytes -> text.append(textOfFile(bytes)).append('\n');
            case Collection<?> items -> items.forEach(item -> appendText(item, text, seen));
            case Map<?, ?> map -> map.forEach((k, v) -> {
                appendText(k, text, seen);
                appendText(v, text, seen);
            });
            case Optional<?> optional -> optional.ifPresent(inner -> appendText(inner, text, seen));
            case Object[] array -> List.of(array).forEach(item -> appendText(item, text, seen));
            default -> {
                if (value.getClass().isRecord()) {
                    for (var part : value.getClass().getRecordComponents()) {
                        appendText(read(value, part), text, seen);
                    }
                } else {
                    text.append(value).append('\n');
                }
            }
        }
    }

    private static Object component(Object record, String name) {
        for (var part : record.getClass().getRecordComponents()) {
            if (part.getName().equals(name)) {
                return read(record, part);
            }
        }
        return null;
    }

    private static Object read(Object record, RecordComponent part) {
        try {
            var accessor = part.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + part, e);
        }
    }

    /** The markers among {@code markers} that {@code text} contains. */
    static List<String> markersIn(String text, Collection<String> markers) {
        var hits = new ArrayList<String>();
        markers.stream().filter(text::contains).forEach(hits::add);
        return hits;
    }
}
