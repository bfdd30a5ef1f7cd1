package ua.cooperation.portal.export;

import java.util.function.Function;

/** One column of an exported list: its translated header and the value of a row (text, number, date or null). */
public record ExportColumn<T>(String header, Function<T, Object> value) {
}
