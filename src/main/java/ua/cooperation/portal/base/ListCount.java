package ua.cooperation.portal.base;

import jakarta.persistence.TypedQuery;

/**
 * How many rows a list holds, counted only up to a limit: the "N records" label of the largest lists (a million
 * meetings, two million action items) says "more than 500" instead of counting every row, because an exact count
 * of a large filtered set reads every matching row and took 0.2–1.2 s there, while the first page of the list takes a
 * few milliseconds (ADR 0030). Exports and dashboards, which need the exact figure, count exactly.
 *
 * @param value  the exact count when {@code atLeast} is false; otherwise the limit, which the list holds more than
 * @param atLeast true when the list holds more rows than {@code value}
 */
public record ListCount(long value, boolean atLeast) {

    /**
     * The limit of the lists' labels: ten screens of fifty rows; beyond it a figure does not help anyone, a filter
     * does. A liaison's counts join two large sets (their countries' shared meetings and, say, the open items) with
     * few matches, so their cost grows with the limit: 10,000 took 0.5–1.1 s there, 1,000 up to 140 ms, 500 half of
     * that (ADR 0030).
     */
    public static final int LABEL_LIMIT = 500;

    public static ListCount exactly(long value) {
        return new ListCount(value, false);
    }

    /** The translation key of the label: {@code key} for an exact count, {@code key-more} for "more than". */
    public String labelKey(String key) {
        return atLeast ? key + "-more" : key;
    }

    /**
     * Counts the rows of {@code ids} (a query of the list's ids, with its filter and scope, in no particular order) by
     * reading at most {@code limit + 1} of them, so that the database stops after that many.
     */
    public static ListCount upTo(TypedQuery<?> ids, int limit) {
        int read = ids.setMaxResults(limit + 1).getResultList().size();
        return read > limit ? new ListCount(limit, true) : new ListCount(read, false);
    }
}
