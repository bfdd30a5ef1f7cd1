package ua.cooperation.portal.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.programme.IatiExportRefusedException.Item;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.LUHANSK_RMA;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.PSYCHOLOGICAL_PL_SUBMITTED;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.RECREATION_LT_APPROVED;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.SCHOOLS_LT_INTERNAL;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class IatiExportTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    IatiExport export;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    ContentTranslations translations;

    private static String text(IatiFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    /** Only what IATI requires: a title, a description, one organisation, one date. */
    private static ProgrammeChanges minimal() {
        return new ProgrammeChanges(null, 0, "UA-TEST-MIN-" + System.nanoTime(), "Мінімальна",
                "Опис", ActivityStatus.PIPELINE, LocalDate.of(2026, 1, 1), null, null, null, Set.of(),
                Set.of(), Set.of(), Set.of(), List.of(),
                List.of(new ProgrammeChanges.Participant(LUHANSK_RMA, OrganisationRole.ACCOUNTABLE)), null, null, null,
                null, List.of(), List.of(), List.of(), false);
    }

    @Test
    void the_export_of_every_demo_programme_validates_against_the_iati_schema() throws Exception {
        try (var ignored = as("officer")) {
            for (long id : List.of(RECREATION_LT_APPROVED, PSYCHOLOGICAL_PL_SUBMITTED, SCHOOLS_LT_INTERNAL)) {
                var file = export.exportOne(id);
                IatiSchema.validate(file.content());
                assertThat(file.fileName()).startsWith("iati-UA-OBL-LUH-").endsWith(".xml");
            }
            var recreation = text(export.exportOne(RECREATION_LT_APPROVED));
            assertThat(recreation).contains("<iati-activities version=\"2.03\"", "generated-datetime=",
                    "<iati-identifier>UA-OBL-LUH-2025-001</iati-identifier>", "<reporting-org ref=\"UA-EDRPOU-",
                    "<recipient-country code=\"LT\"", "vocabulary=\"1\" code=\"16061\" percentage=\"70\"",
                    "<activity-status code=\"2\"", "<activity-date type=\"1\" iso-date=\"2025-03-01\"",
                    "<activity-date type=\"2\" iso-date=\"2025-06-01\"", "<transaction-type code=\"3\"",
                    "currency=\"UAH\"", "<actual value=\"142.00\"", "<participating-org role=\"1\"",
                    "<narrative xml:lang=\"lt\">Vaikai, dalyvavę poilsio stovyklose</narrative>",
                    // a participant's Lithuanian and Polish names are translations, one narrative each (demo 0968)
                    "<narrative xml:lang=\"lt\">Luhansko srities karinė administracija</narrative>",
                    "<narrative xml:lang=\"pl\">Ługańska Obwodowa Administracja Wojskowa</narrative>");
            // other tests leave incomplete programmes behind: the demo ones share the identifier prefix
            var all = export.exportVisible(new ProgrammeFilter("UA-OBL-LUH-", null, null, null, null, null));
            IatiSchema.validate(all.content());
            assertThat(text(all)).contains("UA-OBL-LUH-2025-002", "UA-OBL-LUH-2026-003");
        }
    }

    @Test
    void programmes_with_every_optional_part_empty_or_every_part_full_validate() throws Exception {
        try (var ignored = as("officer")) {
            var bare = programmes.create(minimal(), UK);
            IatiSchema.validate(export.exportOne(bare.id()).content());
            assertThat(export.missingFor(bare.id())).isEmpty();

            var c = ProgrammeServiceTest.complete();
            var full = programmes.create(new ProgrammeChanges(null, 0, c.identifier(), c.title(), c.summary(), ActivityStatus.FINALISATION,
                    c.plannedStart(), c.plannedEnd(), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 8, 30),
                    Set.of("LT", "PL"), Set.of(TargetGroup.values()), Set.of(SupportArea.values()), Set.of(1L, 2L),
                    c.sectors(), List.of(new ProgrammeChanges.Participant(2, OrganisationRole.FUNDING),
                    new ProgrammeChanges.Participant(3, OrganisationRole.EXTENDING),
                    new ProgrammeChanges.Participant(6, OrganisationRole.ACCOUNTABLE),
                    new ProgrammeChanges.Participant(LUHANSK_RMA, OrganisationRole.IMPLEMENTING)),
                    c.budgetAmount(), c.budgetCurrency(), c.budgetStart(), c.budgetEnd(),
                    List.of(c.transactions().getFirst(), new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT,
                            LocalDate.of(2026, 3, 1), new BigDecimal("1000.10"), "PLN", 7L, null)),
                    List.of(c.indicators().getFirst(), new ProgrammeChanges.Indicator("Без бази", null, null, null,
                            null, List.of())),
                    List.of(new ProgrammeChanges.BeneficiaryCount(TargetGroup.CHILDREN, 10)), true), UK);
            // the Ukrainian original and three translations: one narrative per language (issue 19)
            TestProgrammeTexts.translate(translations, full.id(), "en", "Camp for children", "Recreation of children");
            TestProgrammeTexts.translate(translations, full.id(), "lt", "Stovykla vaikams", "Vaikų poilsis");
            TestProgrammeTexts.translate(translations, full.id(), "pl", "Obóz dla dzieci", "Wypoczynek dzieci");
            // an indicator's title is its result's title too: both carry its translations (the second has none)
            TestProgrammeTexts.translateIndicator(translations, full.id(), 1, "en", "Children in the camp");
            TestProgrammeTexts.translateIndicator(translations, full.id(), 1, "lt", "Vaikai stovykloje");
            TestProgrammeTexts.translateIndicator(translations, full.id(), 1, "pl", "Dzieci na obozie");
            var file = export.exportOne(full.id());
            IatiSchema.validate(file.content());
            assertThat(text(file)).contains("<activity-date type=\"4\"", "<receiver-org>",
                    "<recipient-country code=\"PL\"", "<baseline year=\"2025\"");
            // the activity's default language is the original's, whose narrative therefore carries no xml:lang
            assertThat(text(file)).contains("<iati-activity last-updated-datetime=").contains("xml:lang=\"uk\"")
                    .contains("<title><narrative>Табір для дітей</narrative>"
                            + "<narrative xml:lang=\"en\">Camp for children</narrative>"
                            + "<narrative xml:lang=\"lt\">Stovykla vaikams</narrative>"
                            + "<narrative xml:lang=\"pl\">Obóz dla dzieci</narrative></title>")
                    .contains("<description type=\"1\"><narrative>Оздоровлення дітей</narrative>"
                            + "<narrative xml:lang=\"en\">Recreation of children</narrative>"
                            + "<narrative xml:lang=\"lt\">Vaikų poilsis</narrative>"
                            + "<narrative xml:lang=\"pl\">Wypoczynek dzieci</narrative></description>");
            var indicatorTitle = "<title><narrative>Діти в таборі</narrative>"
                    + "<narrative xml:lang=\"en\">Children in the camp</narrative>"
                    + "<narrative xml:lang=\"lt\">Vaikai stovykloje</narrative>"
                    + "<narrative xml:lang=\"pl\">Dzieci na obozie</narrative></title>";
            assertThat(text(file)).contains("<result type=\"1\">" + indicatorTitle + "<indicator measure=\"1\">"
                    + indicatorTitle).contains("<title><narrative>Без бази</narrative></title>");
            // a translation the original has outgrown is not published
            programmes.update(ProgrammeServiceTest.with(programmes.findVisibleById(full.id(), UK).orElseThrow()
                    .input(), b -> b.title("Літній табір для дітей")), UK);
            var changed = text(export.exportOne(full.id()));
            assertThat(changed).contains("<title><narrative>Літній табір для дітей</narrative></title>")
                    .contains("<narrative xml:lang=\"pl\">Wypoczynek dzieci</narrative>");
            var stored = programmes.findVisibleById(full.id(), UK).orElseThrow().input();
            var first = stored.indicators().getFirst();
            programmes.update(stored.withIndicators(List.of(new ProgrammeChanges.Indicator(first.key(),
                    "Діти, які відпочили", first.unit(), first.baselineValue(), first.baselineYear(), first.target(),
                    first.periods()), stored.indicators().get(1))), UK);
            var renamed = export.exportOne(full.id());
            IatiSchema.validate(renamed.content());
            assertThat(text(renamed)).contains("<result type=\"1\"><title><narrative>Діти, які відпочили</narrative>"
                    + "</title>").doesNotContain("Vaikai stovykloje");
        }
    }

    @Test
    void a_programme_missing_a_required_part_gets_the_explanation_not_a_file() {
        try (var ignored = as("officer")) {
            var m = minimal();
            var incomplete = programmes.create(new ProgrammeChanges(null, 0, m.identifier(), null, null, ActivityStatus.PIPELINE, null, null, null, null, Set.of(), Set.of(), Set.of(),
                    Set.of(), List.of(), List.of(), new BigDecimal("10.00"), "EUR", null, null, List.of(),
                    List.of(new ProgrammeChanges.Indicator("Показник", null, BigDecimal.ONE, null, null, List.of())),
                    List.of(), false), UK);
            assertThatThrownBy(() -> export.exportOne(incomplete.id()))
                    .isInstanceOfSatisfying(IatiExportRefusedException.class, e -> assertThat(e.missing())
                            .extracting(IatiExportRefusedException.Missing::item)
                            .containsExactly(Item.TITLE, Item.DESCRIPTION, Item.PARTICIPATING_ORG, Item.ACTIVITY_DATE,
                                    Item.BUDGET_PERIOD, Item.BASELINE_YEAR));
            assertThatThrownBy(() -> export.exportVisible(new ProgrammeFilter("no-such-programme-anywhere", null,
                    null, null, null, null))).isInstanceOfSatisfying(IatiExportRefusedException.class,
                    e -> assertThat(e.missing()).extracting(IatiExportRefusedException.Missing::item)
                            .containsExactly(Item.NO_PROGRAMMES));
        }
    }

    @Test
    void a_liaison_exports_only_what_they_may_see_and_the_export_is_audited() throws Exception {
        try (var ignored = as("liaison-lt")) {
            var file = export.exportOne(RECREATION_LT_APPROVED);
            IatiSchema.validate(file.content());
            assertThatThrownBy(() -> export.exportOne(SCHOOLS_LT_INTERNAL)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> export.exportOne(PSYCHOLOGICAL_PL_SUBMITTED))
                    .isInstanceOf(RecordNotFoundException.class);
            var visible = text(export.exportVisible(new ProgrammeFilter("UA-OBL-LUH-", null, null, null, null,
                    null)));
            assertThat(visible).contains("UA-OBL-LUH-2025-001").doesNotContain("UA-OBL-LUH-2025-002",
                    "UA-OBL-LUH-2026-003");
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("liaison-lt")).anySatisfy(event -> {
                assertThat(event.getType()).isEqualTo(SecurityEventType.EXPORT);
                assertThat(event.getDetail()).contains("IATI", "UA-OBL-LUH-2025-001");
            });
        }
    }

    @Test
    void the_schema_itself_refuses_an_activity_without_its_required_parts() {
        var invalid = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X</iati-identifier>"
                + "</iati-activity></iati-activities>";
        assertThatThrownBy(() -> IatiSchema.validate(invalid.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.xml.sax.SAXException.class);
        assertThatCode(IatiSchema::get).doesNotThrowAnyException();
    }
}
