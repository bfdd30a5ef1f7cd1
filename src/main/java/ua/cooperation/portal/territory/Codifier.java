package ua.cooperation.portal.territory;

import ua.cooperation.portal.territory.CodifierFormatException.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One edition of the KATOTTH codifier as read from its CSV form: {@code ;}-separated, UTF-8 (a byte order mark is
 * allowed), one header line, then rows of seven columns: levels one to four, the additional level, the category
 * letter and the name. A unit's code is the one in its rightmost filled column; the columns before it name the units
 * above it. Parsing is strict and checks the whole file before anything is written: the first problem found is
 * reported with its 1-based line number.
 */
record Codifier(int rows, List<Entry> entries) {

    static final int COLUMNS = 7;
    private static final int CODE_COLUMNS = 5;
    private static final int NAME_MAX_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("UA\\d{17}");

    /** One unit; {@code line} is where it was found (1-based, the header being line 1). */
    record Entry(int line, String code, UnitLevel level, UnitCategory category, String name, String parentCode,
                 String raionCode, String oblastCode) {
    }

    static Codifier parse(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var entries = new ArrayList<Entry>(32_000);
        var byCode = new HashMap<String, Entry>(64_000);
        int lineNumber = 0;
        int rows = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = readLine(reader, lineNumber + 1)) != null) {
                lineNumber++;
                if (lineNumber == 1) {
                    checkHeader(line.startsWith("\uFEFF") ? line.substring(1) : line);
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                var entry = parseRow(line, lineNumber);
                var earlier = byCode.putIfAbsent(entry.code(), entry);
                if (earlier == null) {
                    entries.add(entry);
                } else if (!sameUnit(earlier, entry)) {
                    throw new CodifierFormatException(lineNumber, Problem.DUPLICATE_CODE, entry.code(),
                            earlier.line());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lineNumber == 0) {
            throw new CodifierFormatException(1, Problem.EMPTY_FILE);
        }
        if (entries.isEmpty()) {
            throw new CodifierFormatException(lineNumber, Problem.NO_UNITS);
        }
        for (var entry : entries) {
            requireKnown(entry.parentCode(), entry, byCode, Problem.UNKNOWN_PARENT);
            requireKnown(entry.raionCode(), entry, byCode, Problem.UNKNOWN_RAION);
            requireKnown(entry.oblastCode(), entry, byCode, Problem.UNKNOWN_OBLAST);
        }
        return new Codifier(rows, entries);
    }

    private static String readLine(BufferedReader reader, int lineNumber) throws IOException {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw new CodifierFormatException(lineNumber, Problem.NOT_UTF8);
        }
    }

    private static void checkHeader(String header) {
        var cells = header.split(";", -1);
        if (cells.length != COLUMNS) {
            throw new CodifierFormatException(1, Problem.HEADER_COLUMNS, cells.length, COLUMNS);
        }
        if (CODE.matcher(cells[0].strip()).matches()) {
            throw new CodifierFormatException(1, Problem.HEADER_MISSING);
        }
    }

    private static Entry parseRow(String line, int lineNumber) {
        var cells = line.split(";", -1);
        if (cells.length != COLUMNS) {
            throw new CodifierFormatException(lineNumber, Problem.COLUMN_COUNT, cells.length, COLUMNS);
        }
        int deepest = -1;
        for (int column = 0; column < CODE_COLUMNS; column++) {
            var code = cells[column].strip();
            cells[column] = code;
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                throw new CodifierFormatException(lineNumber, Problem.BAD_CODE, code, column + 1);
            }
            if (deepest != column - 1) {
                throw new CodifierFormatException(lineNumber, Problem.LEVEL_GAP, column, column + 1);
            }
            deepest = column;
        }
        if (deepest < 0) {
            throw new CodifierFormatException(lineNumber, Problem.NO_CODE);
        }
        var letter = cells[5].strip();
        var category = UnitCategory.ofLetter(letter).orElseThrow(() -> new CodifierFormatException(lineNumber,
                Problem.UNKNOWN_CATEGORY, letter));
        var level = UnitLevel.ofColumn(deepest);
        if (!fits(category, level)) {
            throw new CodifierFormatException(lineNumber, Problem.CATEGORY_MISMATCH, category.name(),
                    deepest + 1);
        }
        var name = cells[6].strip();
        if (name.isEmpty()) {
            throw new CodifierFormatException(lineNumber, Problem.EMPTY_NAME);
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new CodifierFormatException(lineNumber, Problem.NAME_TOO_LONG, NAME_MAX_LENGTH);
        }
        var code = cells[deepest];
        String parent = null;
        for (int column = deepest - 1; column >= 0 && parent == null; column--) {
            // Kyiv and Sevastopol repeat their own code in levels one to four of their districts' rows
            if (!cells[column].equals(code)) {
                parent = cells[column];
            }
        }
        var oblast = deepest > 0 && !cells[0].equals(code) ? cells[0] : null;
        var raion = deepest > 1 && !cells[1].equals(cells[0]) && !cells[1].equals(code) ? cells[1] : null;
        return new Entry(lineNumber, code, level, category, name, parent, raion, oblast);
    }

    private static boolean fits(UnitCategory category, UnitLevel level) {
        return switch (category) {
            case O, K -> level == UnitLevel.OBLAST;
            case P -> level == UnitLevel.RAION;
            case H -> level == UnitLevel.HROMADA;
            case M, X, C -> level == UnitLevel.SETTLEMENT;
            case B -> level == UnitLevel.CITY_DISTRICT;
        };
    }

    private static boolean sameUnit(Entry a, Entry b) {
        return a.level() == b.level() && a.category() == b.category() && a.name().equals(b.name())
                && Objects.equals(a.parentCode(), b.parentCode());
    }

    private static void requireKnown(String code, Entry entry, Map<String, Entry> byCode, Problem problem) {
        if (code != null && !byCode.containsKey(code)) {
            throw new CodifierFormatException(entry.line(), problem, code);
        }
    }
}
