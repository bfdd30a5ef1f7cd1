package ua.cooperation.portal.territory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Uploading a new codifier edition: edited copies of the real file. Each test runs in a transaction that is rolled
 * back, so the shared test database keeps the edition loaded at start-up.
 */
@IntegrationTest
@Transactional
class CodifierImportTest {

    private static final String ANDRIIVKA = "UA01020010010075540";
    private static final List<String> VILLAGES_DROPPED = List.of("UA01020030020095516", "UA01020030030055891",
            "UA01020030040087481");
    private static final String NEW_VILLAGE = "UA01020010990000001";

    @Autowired
    CodifierImport codifierImport;

    @Autowired
    TerritoryService territory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_edition_adds_renames_and_withdraws_units_and_withdrawn_units_stay() {
        var edited = editedCopy(lines -> {
            var result = new ArrayList<String>();
            for (var line : lines) {
                if (VILLAGES_DROPPED.stream().anyMatch(line::contains)) {
                    continue;
                }
                result.add(line.contains(ANDRIIVKA) ? line.replace(";Андріївка", ";Андріївка Нова") : line);
            }
            result.add("UA01000000000013043;UA01020000000022387;UA01020010000048857;" + NEW_VILLAGE + ";;X;Зелений Гай");
            return result;
        });

        try (var ignored = as("admin")) {
            var report = codifierImport.importEdition(edited);

            assertThat(report.rows()).isEqualTo(31_748 - 3 + 1);
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.renamed()).isEqualTo(1);
            assertThat(report.withdrawn()).isEqualTo(3);
            assertThat(report.unchanged()).isEqualTo(31_748 - 4);
            assertThat(report.changed()).isZero();
            assertThat(report.addedExamples()).containsExactly(NEW_VILLAGE + " Зелений Гай");
            assertThat(report.renamedExamples()).containsExactly(ANDRIIVKA + " Андріївка → Андріївка Нова");
            assertThat(report.withdrawnExamples()).hasSize(3);

            assertThat(jdbc.queryForObject("select count(*) from admin_unit", Long.class))
                    .as("nothing deleted").isEqualTo(31_749L);
            var withdrawn = territory.findByCode(VILLAGES_DROPPED.getFirst()).orElseThrow();
            assertThat(jdbc.queryForObject("select withdrawn from admin_unit where code = ?", Boolean.class,
                    withdrawn.code())).isTrue();
            assertThat(jdbc.queryForObject("select withdrawn_on from admin_unit where code = ?", java.sql.Date.class,
                    withdrawn.code())).isNotNull();
            assertThat(territory.searchUnits(withdrawn.name(), Set.of(UnitLevel.SETTLEMENT), 0, 500))
                    .as("search offers only current units").extracting(AdminUnitOption::code)
                    .doesNotContain(withdrawn.code());

            var added = territory.findByCode(NEW_VILLAGE).orElseThrow();
            assertThat(added.nameLatin()).isEqualTo("Zelenyi Hai");
            assertThat(added.category()).isEqualTo(UnitCategory.X);
            assertThat(added.raionName()).isEqualTo("Бахчисарайський");
            assertThat(territory.findByCode(ANDRIIVKA).orElseThrow().nameLatin()).isEqualTo("Andriivka Nova");

            // the original edition again: the dropped villages come back, the invented one is withdrawn
            var again = codifierImport.importEdition(original());
            assertThat(again.reinstated()).isEqualTo(3);
            assertThat(again.renamed()).isEqualTo(1);
            assertThat(again.withdrawn()).isEqualTo(1);
            assertThat(again.added()).isZero();
            assertThat(again.unchanged()).isEqualTo(31_748 - 4);
        }
    }

    @Test
    void reimporting_the_same_edition_changes_nothing() {
        try (var ignored = as("admin")) {
            var report = codifierImport.importEdition(original());
            assertThat(report.unchanged()).isEqualTo(31_748);
            assertThat(report.added() + report.renamed() + report.changed() + report.withdrawn()).isZero();
            assertThat(report.millis()).as("writing time is measured").isNotNegative();
        }
    }

    @Test
    void a_malformed_file_is_rejected_with_its_line_number_and_nothing_changes() {
        try (var ignored = as("admin")) {
            var badCategory = editedCopy(lines -> replaceLine(lines, 1000, line -> line.replaceFirst(";[A-Z];", ";Q;")));
            expectRejected(badCategory, 1000, "unknown category \"Q\"");

            var missingColumn = editedCopy(lines -> replaceLine(lines, 20, line -> line.substring(line.indexOf(';') + 1)));
            expectRejected(missingColumn, 20, "6 columns instead of 7");

            var badCode = editedCopy(lines -> replaceLine(lines, 30, line -> line.replaceFirst("^UA01", "XX01")));
            expectRejected(badCode, 30, "is not a KATOTTH code");

            var unknownParent = editedCopy(lines -> {
                var result = new ArrayList<>(lines);
                result.add("UA01000000000013043;UA01990000000000000;UA01990010000000000;;;H;Нова");
                return result;
            });
            expectRejected(unknownParent, 31_750, "the parent code UA01990000000000000 is not in the file");

            var renamedButBroken = editedCopy(lines -> {
                var result = new ArrayList<>(lines.stream()
                        .map(line -> line.contains(ANDRIIVKA) ? line.replace(";Андріївка", ";Змінена") : line).toList());
                result.add("garbage");
                return result;
            });
            expectRejected(renamedButBroken, 31_750, "1 columns instead of 7");
            assertThat(territory.findByCode(ANDRIIVKA).orElseThrow().name()).isEqualTo("Андріївка");
            assertThat(jdbc.queryForObject("select count(*) from admin_unit where withdrawn = false", Long.class))
                    .isEqualTo(31_748L);
        }
    }

    @Test
    void only_administrators_may_import() {
        for (var user : List.of("officer", "head", "liaison-lt")) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> codifierImport.importEdition(original()))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }

    private void expectRejected(byte[] file, int line, String reason) {
        assertThatThrownBy(() -> codifierImport.importEdition(file))
                .isInstanceOfSatisfying(CodifierFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.reason()).contains(reason);
                });
    }

    /** Replaces the given 1-based line of the file (the header is line 1). */
    private static List<String> replaceLine(List<String> lines, int lineNumber, UnaryOperator<String> change) {
        var result = new ArrayList<>(lines);
        result.set(lineNumber - 1, change.apply(result.get(lineNumber - 1)));
        return result;
    }

    static byte[] original() {
        try (var in = CodifierImportTest.class.getResourceAsStream("/katottg/kodifikator-2025-05-16.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] editedCopy(UnaryOperator<List<String>> edit) {
        var lines = new String(original(), StandardCharsets.UTF_8).lines().toList();
        return String.join("\r\n", edit.apply(lines)).concat("\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
