package ua.cooperation.portal.resilience;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The backup procedure of docs/operations.md, for real: {@code mariadb-dump --single-transaction} of the test database
 * (demo data, a document of several megabytes of arbitrary bytes, history of changes), restored with {@code mariadb}
 * into a fresh database; then every table of both is compared row by row, value by value (and by CHECKSUM TABLE), and
 * the document's bytes by SHA-256.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    DocumentService documents;
    @Autowired
    CountryService countries;

    /** A PDF (the content check looks at its header) carrying 2.5 MB of every possible byte value: three chunks. */
    private static byte[] binaryPdf() {
        var random = new Random(9);
        var stream = new byte[2_500_000];
        random.nextBytes(stream);
        var out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<</Length " + stream.length + ">>stream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(stream);
        out.writeBytes("\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void a_dump_restored_into_a_fresh_database_holds_the_same_records_documents_and_history() throws Exception {
        var source = TestDatabase.prepare("portal_test");
        var clients = MariaDbClients.forServerOf(source);

        // records, a document and history beyond the demo data
        byte[] content = binaryPdf();
        long documentId;
        try (var ignored = as("officer")) {
            var programme = programmes.create(new ProgrammeChanges(null, 0, "UA-BACKUP-" + System.nanoTime(),
                    "Резервна копія", "Опис", ActivityStatus.PIPELINE, null, null, null,
                    null, Set.of("LT"), Set.of(), Set.of(), Set.of(), List.of(), List.of(), null, null, null, null,
                    List.of(), List.of(), List.of(), false), UK);
            documentId = documents.upload(new NewDocument(DocumentOwnerKind.PROGRAMME, programme.id(),
                    DocumentType.REPORT, "uk", "Звіт з бінарним вмістом", false, "звіт.pdf"), content).id();
            var estonia = countries.findVisibleByCode("EE", UK).orElseThrow();
            countries.update(new ua.cooperation.portal.country.CountryChanges(estonia.code(), estonia.version(),
                    estonia.partnerStatus(), estonia.nationalDay(), "Backup test " + System.nanoTime()), UK);
        }

        var dumpFile = Path.of("target", "backup-test", "portal.sql");
        Files.createDirectories(dumpFile.getParent());
        var started = System.nanoTime();
        clients.dump(MariaDbClients.databaseName(source), dumpFile);
        var dumped = System.nanoTime();
        var target = TestDatabase.prepare("portal_restore");
        clients.restore(dumpFile, MariaDbClients.databaseName(target));
        System.out.printf("[fault] backup: dump %d ms (%,d bytes), restore %d ms%n", (dumped - started) / 1_000_000,
                Files.size(dumpFile), (System.nanoTime() - dumped) / 1_000_000);

        try (var original = DriverManager.getConnection(source.url(), source.username(), source.password());
             var restored = DriverManager.getConnection(target.url(), target.username(), target.password())) {
            var tables = tables(original);
            assertThat(tables(restored)).isEqualTo(tables);
            assertThat(tables).contains("document", "document_chunk", "document_aud", "revision_info",
                    "programme_aud", "country_aud", "DATABASECHANGELOG");
            long rows = 0;
            for (var table : tables) {
                assertThat(createStatement(restored, table)).as("definition of " + table)
                        .isEqualTo(createStatement(original, table));
                rows += assertSameRows(original, restored, table);
                assertThat(checksum(restored, table)).as("CHECKSUM TABLE " + table)
                        .isEqualTo(checksum(original, table));
            }
            System.out.printf("[fault] backup: %d tables, %,d rows identical after the restore%n", tables.size(), rows);

            assertThat(documentBytes(restored, documentId)).as("the document's bytes").isEqualTo(sha256(content));
            assertThat(documentBytes(original, documentId)).isEqualTo(sha256(content));
            assertThat(count(restored, "select count(*) from country_aud where code = 'EE'")).isPositive();
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        var tables = new TreeSet<String>();
        try (var statement = connection.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'");
             var result = statement.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static String createStatement(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("show create table `" + table + "`")) {
            result.next();
            // the next auto-increment value is not part of the data
            return result.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", "");
        }
    }

    private static long checksum(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("checksum table `" + table + "` extended")) {
            result.next();
            return result.getLong(2);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Every row and every value of {@code table}, in primary-key order, compared; returns the number of rows. */
    private static long assertSameRows(Connection original, Connection restored, String table) throws SQLException {
        var order = orderColumns(original, table);
        var sql = "select * from `" + table + "` order by " + order;
        try (var a = original.createStatement(); var b = restored.createStatement();
             var left = a.executeQuery(sql); var right = b.executeQuery(sql)) {
            var columns = left.getMetaData().getColumnCount();
            long rows = 0;
            while (left.next()) {
                assertThat(right.next()).as(table + ": row " + (rows + 1) + " missing after the restore").isTrue();
                for (int c = 1; c <= columns; c++) {
                    var x = left.getObject(c);
                    var y = right.getObject(c);
                    var same = x instanceof byte[] bx && y instanceof byte[] by ? Arrays.equals(bx, by)
                            : Objects.equals(x, y);
                    if (!same) {
                        throw new AssertionError(table + ", row " + (rows + 1) + ", column "
                                + left.getMetaData().getColumnName(c) + ": " + x + " became " + y);
                    }
                }
                rows++;
            }
            assertThat(right.next()).as(table + ": more rows after the restore").isFalse();
            return rows;
        }
    }

    private static String orderColumns(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = connection.prepareStatement("select column_name from information_schema.statistics "
                + "where table_schema = database() and table_name = ? and index_name = 'PRIMARY' order by seq_in_index")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add("`" + result.getString(1) + "`");
                }
            }
        }
        if (columns.isEmpty()) {
            try (var statement = connection.prepareStatement("select column_name from information_schema.columns "
                    + "where table_schema = database() and table_name = ? order by ordinal_position")) {
                statement.setString(1, table);
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        columns.add("`" + result.getString(1) + "`");
                    }
                }
            }
        }
        return String.join(", ", columns);
    }

    private static String documentBytes(Connection connection, long documentId) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        try (var statement = connection.prepareStatement(
                "select bytes from document_chunk where document_id = ? order by seq")) {
            statement.setLong(1, documentId);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    digest.update(result.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
