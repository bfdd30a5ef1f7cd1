package ua.cooperation.portal.territory;

import ua.cooperation.portal.base.text.UkrainianTransliteration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the admin_unit table in line with one codifier edition on the given connection, with batched plain JDBC:
 * one query reads the existing units, then new units are inserted (parents first), changed ones updated, and units
 * missing from the edition marked withdrawn (never deleted). It neither commits nor rolls back: the caller owns the
 * transaction (Spring's in {@link CodifierImport}, Liquibase's in {@link CodifierBootstrapChange}).
 */
final class CodifierWriter {

    private static final int BATCH_SIZE = 1000;

    private record Existing(UnitLevel level, UnitCategory category, String name, String parentCode, String raionCode,
                            String oblastCode, boolean withdrawn) {
    }

    private CodifierWriter() {
    }

    static ImportReport apply(Connection connection, Codifier codifier, LocalDate today, Instant now)
            throws SQLException {
        long started = System.nanoTime();
        var existing = loadExisting(connection);
        var toInsert = new ArrayList<Codifier.Entry>();
        var toUpdate = new ArrayList<Codifier.Entry>();
        var addedExamples = new ArrayList<String>();
        var renamedExamples = new ArrayList<String>();
        int renamed = 0;
        int changed = 0;
        int reinstated = 0;
        int unchanged = 0;
        var seen = new HashSet<String>(codifier.entries().size() * 2);
        for (var entry : codifier.entries()) {
            seen.add(entry.code());
            var old = existing.get(entry.code());
            if (old == null) {
                toInsert.add(entry);
                example(addedExamples, entry.code() + " " + entry.name());
                continue;
            }
            if (!old.name().equals(entry.name())) {
                renamed++;
                example(renamedExamples, entry.code() + " " + old.name() + " → " + entry.name());
            } else if (old.withdrawn()) {
                reinstated++;
            } else if (old.level() != entry.level() || old.category() != entry.category()
                    || !Objects.equals(old.parentCode(), entry.parentCode())
                    || !Objects.equals(old.raionCode(), entry.raionCode())
                    || !Objects.equals(old.oblastCode(), entry.oblastCode())) {
                changed++;
            } else {
                unchanged++;
                continue;
            }
            toUpdate.add(entry);
        }
        var toWithdraw = existing.entrySet().stream()
                .filter(e -> !e.getValue().withdrawn() && !seen.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        var withdrawnExamples = toWithdraw.stream().limit(ImportReport.MAX_EXAMPLES)
                .map(code -> code + " " + existing.get(code).name()).toList();

        // parents before children, so that the foreign keys hold after every statement
        toInsert.sort(Comparator.comparing(Codifier.Entry::level));
        var collator = SearchKeys.ukrainianCollator();
        insert(connection, toInsert, collator, now);
        update(connection, toUpdate, collator, now);
        withdraw(connection, toWithdraw, today, now);

        long millis = (System.nanoTime() - started) / 1_000_000;
        return new ImportReport(codifier.rows(), toInsert.size(), renamed, changed, toWithdraw.size(), reinstated,
                unchanged, List.copyOf(addedExamples), List.copyOf(renamedExamples), withdrawnExamples, millis);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < ImportReport.MAX_EXAMPLES) {
            examples.add(text);
        }
    }

    private static Map<String, Existing> loadExisting(Connection connection) throws SQLException {
        var result = new HashMap<String, Existing>(64_000);
        try (var statement = connection.prepareStatement("SELECT code, unit_level, category, name, parent_code, "
                + "raion_code, oblast_code, withdrawn FROM admin_unit");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getString(1), new Existing(UnitLevel.valueOf(rows.getString(2)),
                        UnitCategory.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getBoolean(8)));
            }
        }
        return result;
    }

    /** Binds every entry to {@code sql} (unit fields first, code last) and sends them in batches. */
    private static void writeInBatches(Connection connection, String sql, List<Codifier.Entry> entries,
                                       Collator collator, Instant now) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var entry : entries) {
                bindUnit(statement, entry, collator, now);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void insert(Connection connection, List<Codifier.Entry> entries, Collator collator, Instant now)
            throws SQLException {
        var sql = "INSERT INTO admin_unit (unit_level, category, name, name_latin, name_search, name_latin_search, "
                + "parent_code, raion_code, oblast_code, updated_at, name_sort, code, version, withdrawn) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE)";
        writeInBatches(connection, sql, entries, collator, now);
    }

    private static void update(Connection connection, List<Codifier.Entry> entries, Collator collator, Instant now)
            throws SQLException {
        var sql = "UPDATE admin_unit SET unit_level = ?, category = ?, name = ?, name_latin = ?, name_search = ?, "
                + "name_latin_search = ?, parent_code = ?, raion_code = ?, oblast_code = ?, updated_at = ?, "
                + "name_sort = ?, withdrawn = FALSE, withdrawn_on = NULL, version = version + 1 WHERE code = ?";
        writeInBatches(connection, sql, entries, collator, now);
    }

    private static void bindUnit(PreparedStatement statement, Codifier.Entry entry, Collator collator, Instant now)
            throws SQLException {
        var latin = UkrainianTransliteration.latin(entry.name());
        statement.setString(1, entry.level().name());
        statement.setString(2, entry.category().name());
        statement.setString(3, entry.name());
        statement.setString(4, latin);
        statement.setString(5, SearchKeys.of(entry.name()));
        statement.setString(6, SearchKeys.of(latin));
        statement.setString(7, entry.parentCode());
        statement.setString(8, entry.raionCode());
        statement.setString(9, entry.oblastCode());
        statement.setTimestamp(10, Timestamp.from(now));
        statement.setBytes(11, SearchKeys.sortKey(collator, entry.name()));
        statement.setString(12, entry.code());
    }

    private static void withdraw(Connection connection, List<String> codes, LocalDate today, Instant now)
            throws SQLException {
        var sql = "UPDATE admin_unit SET withdrawn = TRUE, withdrawn_on = ?, updated_at = ?, version = version + 1 "
                + "WHERE code = ?";
        try (var statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var code : codes) {
                statement.setDate(1, Date.valueOf(today));
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setString(3, code);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
