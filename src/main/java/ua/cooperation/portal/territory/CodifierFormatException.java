package ua.cooperation.portal.territory;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A codifier file that cannot be imported. {@link #line()} is the 1-based line of the file (the header is line 1);
 * {@link #problem()} with {@link #arguments()} says what is wrong (the UI translates it as
 * {@code codifier.problem.<PROBLEM>}); {@link #reason()} is the same in English, for the log.
 */
public class CodifierFormatException extends RuntimeException {

    /** What can be wrong with a codifier file; the English pattern is for the log. */
    public enum Problem {
        NOT_UTF8("the file is not UTF-8 text"),
        EMPTY_FILE("the file is empty"),
        NO_UNITS("the file has no units"),
        HEADER_COLUMNS("the header has {0} columns instead of {1}"),
        HEADER_MISSING("the header line is missing (the first line holds a unit)"),
        COLUMN_COUNT("the row has {0} columns instead of {1}"),
        BAD_CODE("\"{0}\" in column {1} is not a KATOTTH code (UA and 17 digits)"),
        LEVEL_GAP("column {0} is empty but column {1} holds a code"),
        NO_CODE("the row has no code"),
        UNKNOWN_CATEGORY("unknown category \"{0}\" (expected one of O, K, P, H, M, X, C, B)"),
        CATEGORY_MISMATCH("category {0} does not fit a code in column {1}"),
        EMPTY_NAME("the name is empty"),
        NAME_TOO_LONG("the name is longer than {0} characters"),
        DUPLICATE_CODE("code {0} is already on line {1} with other data"),
        UNKNOWN_PARENT("the parent code {0} is not in the file"),
        UNKNOWN_RAION("the raion code {0} is not in the file"),
        UNKNOWN_OBLAST("the oblast code {0} is not in the file");

        private final String english;

        Problem(String english) {
            this.english = english;
        }
    }

    private final int line;
    private final Problem problem;
    private final transient Object[] arguments;

    public CodifierFormatException(int line, Problem problem, Object... arguments) {
        super("Line " + line + ": " + english(problem, arguments));
        this.line = line;
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    private static String english(Problem problem, Object[] arguments) {
        var strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(problem.english, Locale.ROOT).format(strings);
    }

    public int line() {
        return line;
    }

    public Problem problem() {
        return problem;
    }

    /** The values the problem's message refers to (strings, or numbers for counts, columns and lines). */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** What is wrong, in English. */
    public String reason() {
        return english(problem, arguments);
    }
}
