package ua.cooperation.portal.base.export;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Where an export reads the rows of a list from, in the list's order, one batch at a time (a batch is read only when
 * the previous one is written, so memory stays flat). Two ways, see ADR 0024:
 * <ul>
 * <li>{@link #byIds}: the list's scoped query is asked once for the ordered ids of its filter (an index-only read,
 *     one sort), then the rows of consecutive chunks of those ids. Every batch costs the same however deep into the
 *     list it is; for the large lists.</li>
 * <li>{@link #byOffset}: page after page by offset. The database reads all rows before an offset again for every page,
 *     so the cost grows with the square of the row count; only for lists that stay small (countries, users).</li>
 * </ul>
 */
@FunctionalInterface
public interface ExportRows<T> {

    /** The rows in list order, in batches of at most {@code batchSize}; the last batch may be empty. */
    Iterator<List<T>> batches(int batchSize);

    /** Page after page by offset, until a short page. */
    static <T> ExportRows<T> byOffset(Function<Pageable, List<T>> pages) {
        return batchSize -> new Iterator<>() {
            private int page;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public List<T> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                var slice = pages.apply(PageRequest.of(page++, batchSize));
                done = slice.size() < batchSize;
                return slice;
            }
        };
    }

    /**
     * The ids of the list's filter in its order ({@code orderedIds}, asked once when the export starts), then the rows
     * of chunks of them ({@code rowsOf}, which must apply the same visibility rule as the list, since it is given ids).
     * A row that disappeared or left the reader's scope since the ids were read is skipped; the rows of a chunk are put
     * back in the order of the ids whatever order {@code rowsOf} returns them in.
     */
    static <T> ExportRows<T> byIds(Supplier<long[]> orderedIds, Function<List<Long>, List<T>> rowsOf,
                                   ToLongFunction<T> idOf) {
        // a view over the array: the ids stay unboxed (two million of them take 16 MB), a chunk is boxed when read
        return byKeys(() -> {
            var ids = orderedIds.get();
            return new AbstractList<Long>() {
                @Override
                public Long get(int index) {
                    return ids[index];
                }

                @Override
                public int size() {
                    return ids.length;
                }
            };
        }, rowsOf, idOf::applyAsLong);
    }

    /**
     * As {@link #byIds}, for a list whose rows are keyed by something other than a number (the territorial units by
     * their KATOTTH code).
     */
    static <K, T> ExportRows<T> byKeys(Supplier<List<K>> orderedKeys, Function<List<K>, List<T>> rowsOf,
                                       Function<T, K> keyOf) {
        return batchSize -> new Iterator<>() {
            private List<K> keys;
            private int next;

            @Override
            public boolean hasNext() {
                if (keys == null) {
                    keys = orderedKeys.get();
                }
                return next < keys.size();
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var chunk = List.copyOf(keys.subList(next, Math.min(keys.size(), next + batchSize)));
                next += chunk.size();
                return inOrder(chunk, rowsOf.apply(chunk), keyOf);
            }
        };
    }

    private static <K, T> List<T> inOrder(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        var byKey = new HashMap<K, T>();
        for (var row : rows) {
            byKey.put(keyOf.apply(row), row);
        }
        var ordered = new ArrayList<T>(keys.size());
        for (var key : keys) {
            var row = byKey.get(key);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }
}
