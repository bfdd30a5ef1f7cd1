package ua.cooperation.portal.base.export;

import java.util.function.Function;

/**
 * One column of an exported list: its translated header, the value of a row (text, number, date or null) and, for
 * exports that humanitarian tools read (the 5W of programmes), its HXL hashtag with attributes, e.g.
 * {@code #org +funder}; null for plain lists. When any column of an export has a hashtag, the file gets a second
 * row with them, as the HXL standard places them.
 */
public record ExportColumn<T>(String header, Function<T, Object> value, String hashtag) {

    public ExportColumn(String header, Function<T, Object> value) {
        this(header, value, null);
    }
}
