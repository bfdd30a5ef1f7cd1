package ua.cooperation.portal.i18n;

import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.PortalLanguages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from vaadin-i18n/translations*.properties. This fails when a key is missing in any
 * language, when a language has a key the others lack, and when the code asks for a key no file defines.
 */
class TranslationsTest {

    private static final Path I18N = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** The portal's languages as configured (portal.languages): each needs its translations file. */
    private static final String[] LANGUAGES = configuredLanguages().codes().toArray(String[]::new);
    /** Literal keys in calls such as getTranslation("country.list.title") */
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.\\-]+)\"");
    /** Keys built from a prefix and an enum name, such as getTranslation("partner-status." + s.name()) */
    private static final Pattern PREFIX_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.\\-]+\\.)\"\\s*\\+");
    /** MessageFormat arguments such as {0} or {1,number,#} */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @Test
    void every_language_has_exactly_the_same_keys() throws IOException {
        var reference = load("translations_uk.properties").stringPropertyNames();
        for (var language : LANGUAGES) {
            var keys = load("translations_" + language + ".properties").stringPropertyNames();
            assertThat(new TreeSet<>(keys)).as("keys of " + language).isEqualTo(new TreeSet<>(reference));
        }
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (var language : LANGUAGES) {
            var properties = load("translations_" + language + ".properties");
            for (var key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key)).as(language + ": " + key).isNotBlank();
            }
        }
    }

    @Test
    void every_translation_has_the_placeholders_of_the_ukrainian_text() throws IOException {
        var reference = load("translations_uk.properties");
        for (var language : LANGUAGES) {
            var properties = load("translations_" + language + ".properties");
            for (var key : reference.stringPropertyNames()) {
                assertThat(placeholders(properties.getProperty(key, ""))).as(language + ": " + key)
                        .isEqualTo(placeholders(reference.getProperty(key)));
            }
        }
    }

    @Test
    void the_portal_speaks_four_languages_with_a_translations_file_each() {
        assertThat(LANGUAGES).containsExactly("uk", "en", "lt", "pl");
        for (var language : LANGUAGES) {
            assertThat(I18N.resolve("translations_" + language + ".properties")).as(language).exists();
        }
    }

    private static PortalLanguages configuredLanguages() {
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            var properties = new Properties();
            properties.load(in);
            return new PortalLanguages(properties.getProperty("portal.languages"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_fallback_file_is_the_default_language_ukrainian() throws IOException {
        assertThat(load("translations.properties")).isEqualTo(load("translations_uk.properties"));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var defined = load("translations_uk.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        var prefixes = new HashSet<String>();
        try (var files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                LITERAL_KEY.matcher(source).results().map(m -> m.group(1))
                        .filter(key -> !key.endsWith("."))
                        .filter(key -> !defined.contains(key))
                        .forEach(missing::add);
                PREFIX_KEY.matcher(source).results().map(m -> m.group(1)).forEach(prefixes::add);
            }
        }
        assertThat(missing).as("keys used in code but missing from the translations").isEmpty();
        for (var prefix : prefixes) {
            assertThat(defined.stream().anyMatch(k -> k.startsWith(prefix))).as("keys with prefix " + prefix).isTrue();
        }
    }

    @Test
    void enum_labels_are_translated_for_every_constant() throws IOException {
        var defined = load("translations_uk.properties").stringPropertyNames();
        assertEnum(defined, "partner-status.", ua.cooperation.portal.country.PartnerStatus.values());
        assertEnum(defined, "home.countries-with-status.", ua.cooperation.portal.country.PartnerStatus.values());
        assertEnum(defined, "role.", ua.cooperation.portal.security.Role.values());
        assertEnum(defined, "audit.event.", ua.cooperation.portal.audit.SecurityEventType.values());
        assertEnum(defined, "organisation-type.", ua.cooperation.portal.registry.OrganisationType.values());
        assertEnum(defined, "position-status.", ua.cooperation.portal.registry.PositionItem.Status.values());
        assertEnum(defined, "unit-category.", ua.cooperation.portal.territory.UnitCategory.values());
        assertEnum(defined, "unit-level.", ua.cooperation.portal.territory.UnitLevel.values());
        assertEnum(defined, "codifier.problem.",
                ua.cooperation.portal.territory.CodifierFormatException.Problem.values());
        assertEnum(defined, "partnership-status.", ua.cooperation.portal.partnership.PartnershipStatus.values());
        assertEnum(defined, "partnership-type.", ua.cooperation.portal.partnership.PartnershipType.values());
        assertEnum(defined, "partnership-health.", ua.cooperation.portal.partnership.PartnershipHealth.values());
        assertEnum(defined, "cooperation-area.", ua.cooperation.portal.partnership.CooperationArea.values());
        assertEnum(defined, "partnership.refused.",
                ua.cooperation.portal.partnership.PartnershipRefusedException.Reason.values());
        assertEnum(defined, "activity-status.", ua.cooperation.portal.programme.ActivityStatus.values());
        assertEnum(defined, "approval-state.", ua.cooperation.portal.programme.ApprovalState.values());
        assertEnum(defined, "organisation-role.", ua.cooperation.portal.programme.OrganisationRole.values());
        assertEnum(defined, "sector.", ua.cooperation.portal.programme.Sector.values());
        assertEnum(defined, "target-group.", ua.cooperation.portal.programme.TargetGroup.values());
        assertEnum(defined, "support-area.", ua.cooperation.portal.programme.SupportArea.values());
        assertEnum(defined, "transaction-type.", ua.cooperation.portal.programme.TransactionType.values());
        assertEnum(defined, "programme.sums.", ua.cooperation.portal.programme.TransactionType.values());
        assertEnum(defined, "programme.refused.",
                ua.cooperation.portal.programme.ProgrammeRefusedException.Reason.values());
        assertEnum(defined, "iati.missing.", ua.cooperation.portal.programme.IatiExportRefusedException.Item.values());
        for (var step : List.of("SUBMIT", "APPROVE", "RETURN", "REVISION")) {
            assertThat(defined).contains("programme.step." + step, "programme.step.done." + step);
        }
        for (var field : ua.cooperation.portal.programme.ProgrammeService.historyFields()) {
            assertThat(defined).as("programme.history." + field).contains("programme.history." + field);
        }
        assertEnum(defined, "document.type.", ua.cooperation.portal.document.DocumentType.values());
        assertEnum(defined, "comment.refused.", ua.cooperation.portal.comment.CommentRefusedException.Reason.values());
        assertEnum(defined, "meeting-type.", ua.cooperation.portal.meeting.MeetingType.values());
        assertEnum(defined, "reminder-kind.", ua.cooperation.portal.reminder.ReminderKind.values());
        assertEnum(defined, "participant-role.", ua.cooperation.portal.meeting.ParticipantRole.values());
        assertEnum(defined, "action-item-status.", ua.cooperation.portal.meeting.ActionItemStatus.values());
        assertEnum(defined, "meeting.refused.", ua.cooperation.portal.meeting.MeetingRefusedException.Reason.values());
        assertEnum(defined, "registry.refused.",
                ua.cooperation.portal.registry.RegistryRefusedException.Reason.values());
        assertEnum(defined, "document.problem.",
                ua.cooperation.portal.document.InvalidDocumentException.Problem.values());
        for (var field : ua.cooperation.portal.document.DocumentService.HISTORY_FIELDS) {
            assertThat(defined).as("document.field." + field).contains("document.field." + field);
        }
        assertEnum(defined, "visit-direction.", ua.cooperation.portal.visit.VisitDirection.values());
        assertEnum(defined, "visit-state.", ua.cooperation.portal.visit.VisitState.values());
        assertEnum(defined, "delegation-role.", ua.cooperation.portal.visit.DelegationRole.values());
        assertEnum(defined, "checklist-kind.", ua.cooperation.portal.visit.ChecklistKind.values());
        assertEnum(defined, "visit.refused.", ua.cooperation.portal.visit.VisitRefusedException.Reason.values());
    }

    private static void assertEnum(Set<String> defined, String prefix, Enum<?>[] constants) {
        for (var constant : constants) {
            assertThat(defined).as(prefix + constant.name()).contains(prefix + constant.name());
        }
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group()).sorted().toList();
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(I18N.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
