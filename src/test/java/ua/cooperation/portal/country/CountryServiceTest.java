package ua.cooperation.portal.country;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class CountryServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    ContentTranslations translations;
    @Autowired
    CountryService countries;

    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void all_iso_countries_are_loaded_with_names_in_three_languages() {
        try (var ignored = as("officer")) {
            assertThat(countries.countVisible(CountryFilter.none())).isEqualTo(Locale.getISOCountries().length);
            var lithuania = countries.findVisibleByCode("LT", UK).orElseThrow();
            assertThat(lithuania.name()).isEqualTo("Литва");
            assertThat(countries.findVisibleByCode("LT", Locale.ENGLISH).orElseThrow().name()).isEqualTo("Lithuania");
            assertThat(countries.findVisibleByCode("LT", Locale.forLanguageTag("lt")).orElseThrow().name())
                    .isEqualTo("Lietuva");
        }
    }

    @Test
    void list_filters_by_text_in_any_language_and_by_status_and_sorts_by_localised_name() {
        try (var ignored = as("head")) {
            var byUkrainianText = countries.findVisible(new CountryFilter("литв", null), PageRequest.of(0, 10), UK);
            assertThat(byUkrainianText).extracting(CountryListItem::code).containsExactly("LT");
            var byEnglishText = countries.findVisible(new CountryFilter("lithu", null), PageRequest.of(0, 10), UK);
            assertThat(byEnglishText).extracting(CountryListItem::code).containsExactly("LT");

            var partners = countries.findVisible(new CountryFilter(null, PartnerStatus.PARTNER),
                    PageRequest.of(0, 50, Sort.by(CountryService.SORT_NAME)), Locale.ENGLISH);
            assertThat(partners).extracting(CountryListItem::name)
                    .containsExactly("Estonia", "Germany", "Latvia", "Lithuania", "Poland");
        }
    }

    @Test
    void ukrainian_names_sort_in_ukrainian_alphabetical_order() {
        try (var ignored = as("officer")) {
            var names = countries.findVisible(CountryFilter.none(), PageRequest.of(0, 300, Sort.by(CountryService.SORT_NAME)),
                    UK).stream().map(CountryListItem::name).toList();
            assertThat(names.getFirst()).isEqualTo("Австралія");
            assertThat(names.indexOf("Естонія")).isLessThan(names.indexOf("Єгипет"));
            assertThat(names.indexOf("Єгипет")).isLessThan(names.indexOf("Ірландія"));
            assertThat(names.indexOf("Ірландія")).isLessThan(names.indexOf("Литва"));
        }
    }

    @Test
    void paging_returns_consecutive_slices_without_overlap() {
        try (var ignored = as("officer")) {
            var first = countries.findVisible(CountryFilter.none(), PageRequest.of(0, 50), UK);
            var second = countries.findVisible(CountryFilter.none(), PageRequest.of(1, 50), UK);
            assertThat(first).hasSize(50);
            assertThat(second).hasSize(50);
            assertThat(first).extracting(CountryListItem::code)
                    .doesNotContainAnyElementsOf(second.stream().map(CountryListItem::code).toList());
        }
    }

    @Test
    void liaison_sees_only_own_country_and_others_answer_like_missing_ones() {
        try (var ignored = as("liaison-lt")) {
            assertThat(countries.countVisible(CountryFilter.none())).isEqualTo(1);
            assertThat(countries.findVisible(CountryFilter.none(), PageRequest.of(0, 300), UK))
                    .extracting(CountryListItem::code).containsExactly("LT");
            assertThat(countries.findVisible(new CountryFilter("pol", null), PageRequest.of(0, 10), UK)).isEmpty();
            assertThat(countries.findVisibleByCode("LT", UK)).isPresent();
            assertThat(countries.findVisibleByCode("PL", UK)).isEqualTo(countries.findVisibleByCode("QQ", UK))
                    .isEmpty();
            assertThat(countries.countVisibleByStatus()).containsOnlyKeys(PartnerStatus.PARTNER)
                    .containsEntry(PartnerStatus.PARTNER, 1L);
        }
    }

    @Test
    void the_offices_notes_on_a_country_never_reach_a_liaison() {
        try (var ignored = as("officer")) {
            assertThat(countries.findVisibleByCode("LT", UK).orElseThrow().notes()).contains("22 вересня 2025");
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(countries.findVisibleByCode("LT", UK).orElseThrow().notes()).isNull();
            assertThat(countries.historyOf("LT")).flatExtracting(HistoryEntry::changes)
                    .extracting(HistoryEntry.FieldChange::field).doesNotContain("notes");
        }
    }

    @Test
    void officer_updates_a_country_and_the_change_is_stamped() {
        try (var ignored = as("officer")) {
            var before = countries.findVisibleByCode("MT", UK).orElseThrow();
            var saved = countries.update(CountryChanges.of(before)
                    .withPartnerStatus(PartnerStatus.PROSPECTIVE)
                    .withNationalDay(MonthDay.of(9, 21))
                    .withNotes("  Contacts through the Maltese embassy in Warsaw  "), UK);
            assertThat(saved.partnerStatus()).isEqualTo(PartnerStatus.PROSPECTIVE);
            assertThat(saved.nationalDay()).isEqualTo(MonthDay.of(9, 21));
            assertThat(saved.notes()).isEqualTo("Contacts through the Maltese embassy in Warsaw");
            assertThat(saved.version()).isEqualTo(before.version() + 1);
            assertThat(saved.updatedBy()).isEqualTo("officer");
            assertThat(saved.updatedAt()).isNotNull();
            assertThat(countries.findVisibleByCode("MT", UK).orElseThrow().partnerStatus())
                    .isEqualTo(PartnerStatus.PROSPECTIVE);
        }
    }

    @Test
    void every_change_is_kept_in_the_history_with_who_and_old_and_new_values() {
        try (var ignored = as("officer")) {
            var before = countries.findVisibleByCode("NO", UK).orElseThrow();
            var first = countries.update(CountryChanges.of(before).withPartnerStatus(PartnerStatus.PROSPECTIVE), UK);
            countries.update(CountryChanges.of(first).withNationalDay(MonthDay.of(5, 17)).withNotes("Oslo contacts"), UK);

            var history = countries.historyOf("NO");
            assertThat(history).hasSize(3);
            var newest = history.getFirst();
            assertThat(newest.changedBy()).isEqualTo("officer");
            assertThat(newest.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(newest.changes()).containsExactly(
                    new HistoryEntry.FieldChange("nationalDay", null, MonthDay.of(5, 17)),
                    new HistoryEntry.FieldChange("notes", null, "Oslo contacts"));
            assertThat(history.get(1).changes()).containsExactly(
                    new HistoryEntry.FieldChange("partnerStatus", PartnerStatus.OTHER, PartnerStatus.PROSPECTIVE));
            var baseline = history.getLast();
            assertThat(baseline.kind()).as("the state loaded by the changelogs").isEqualTo(HistoryEntry.Kind.CREATED);
            assertThat(baseline.changedBy()).isEqualTo("system");
        }
    }

    @Test
    void the_office_chooses_the_language_a_countrys_embassy_reads_and_the_history_keeps_it() {
        try (var ignored = as("officer")) {
            var before = countries.findVisibleByCode("FI", UK).orElseThrow();
            assertThat(before.partnerLanguage()).as("set by the changelog for every country").isEqualTo("en");
            var notALanguage = CountryChanges.of(before).withPartnerLanguage("fi");
            assertThatThrownBy(() -> countries.update(notALanguage, UK))
                    .isInstanceOfSatisfying(CountryRefusedException.class, e -> assertThat(e.reason())
                            .isEqualTo(CountryRefusedException.Reason.NOT_A_CONTENT_LANGUAGE));
            assertThat(countries.findVisibleByCode("FI", UK).orElseThrow()).isEqualTo(before);

            var saved = countries.update(CountryChanges.of(before).withPartnerLanguage("pl"), UK);
            assertThat(saved.partnerLanguage()).isEqualTo("pl");
            assertThat(countries.historyOf("FI").getFirst().changes())
                    .containsExactly(new HistoryEntry.FieldChange("partnerLanguage", "en", "pl"));
            countries.update(CountryChanges.of(saved).withPartnerLanguage("en"), UK);
        }
    }

    @Test
    void the_embassy_reads_the_notes_for_partners_in_its_language_and_a_change_makes_them_outdated() {
        var lithuania = CountryTextOwner.idOf("LT");
        try (var ignored = as("liaison-lt")) {
            // the demo notes after the ambassador's meeting, in the Lithuanian the office gave them
            var shown = countries.findVisibleByCode("LT", LT).orElseThrow().texts().get("notesForPartners");
            assertThat(shown.text()).startsWith("Po 2025 m. rugsėjo 22 d. susitikimo");
            assertThat(shown.fallback()).isFalse();
            var english = countries.findVisibleByCode("LT", Locale.ENGLISH).orElseThrow().texts()
                    .get("notesForPartners");
            assertThat(english.text()).startsWith("Після зустрічі 22 вересня 2025 року");
            assertThat(english.fallback()).isTrue();
            assertThat(english.language()).isEqualTo("uk");
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.COUNTRY, CountryTextOwner.idOf("PL"), "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        String original;
        try (var ignored = as("officer")) {
            var before = countries.findVisibleByCode("LT", UK).orElseThrow();
            original = before.notesForPartners();
            countries.update(CountryChanges.of(before).withNotesForPartners(original + " Уточнено у жовтні."), UK);
            assertThat(translations.workList("lt", 100_000)).anyMatch(work -> work.record().kind()
                    == TextOwnerKind.COUNTRY && work.record().id() == lithuania);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(countries.findVisibleByCode("LT", LT).orElseThrow().texts().get("notesForPartners")
                    .outdated()).isTrue();
            assertThat(countries.historyOf("LT").getFirst().changes()).singleElement()
                    .satisfies(change -> assertThat(change.language()).isEqualTo("uk"));
        }
        try (var ignored = as("officer")) {
            // back as the demo tells it: the original as it was, its translation confirmed
            var current = countries.findVisibleByCode("LT", UK).orElseThrow();
            countries.update(CountryChanges.of(current).withNotesForPartners(original), UK);
            var state = translations.sheet(TextOwnerKind.COUNTRY, lithuania, "lt").texts().getFirst();
            translations.save(TextOwnerKind.COUNTRY, lithuania, "lt", List.of(new TranslationChange(
                    "notesForPartners", state.translation(), true, state.version())));
            assertThat(translations.workList("lt", 100_000)).noneMatch(work -> work.record().kind()
                    == TextOwnerKind.COUNTRY && work.record().id() == lithuania);
        }
    }

    @Test
    void history_is_as_visible_as_the_record() {
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> countries.historyOf("PL")).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> countries.historyOf("QQ")).isInstanceOf(RecordNotFoundException.class);
            assertThat(countries.historyOf("LT")).isNotNull();
        }
    }

    @Test
    void a_save_on_top_of_a_stale_version_is_refused_and_keeps_the_other_save() {
        try (var ignored = as("officer")) {
            var opened = countries.findVisibleByCode("CZ", UK).orElseThrow();
            countries.update(CountryChanges.of(opened).withNotes("First officer's note"), UK);

            var stale = CountryChanges.of(opened).withNotes("Second officer's note");
            assertThatThrownBy(() -> countries.update(stale, UK)).isInstanceOf(ConcurrentEditException.class);
            assertThat(countries.findVisibleByCode("CZ", UK).orElseThrow().notes()).isEqualTo("First officer's note");
        }
    }

    @Test
    void invalid_input_is_refused_and_stored_data_stays_untouched() {
        try (var ignored = as("officer")) {
            var before = countries.findVisibleByCode("EE", UK).orElseThrow();
            var tooLong = CountryChanges.of(before).withNotes("x".repeat(Country.NOTES_MAX_LENGTH + 1));
            assertThatThrownBy(() -> countries.update(tooLong, UK)).isInstanceOf(ConstraintViolationException.class);
            var noStatus = CountryChanges.of(before).withPartnerStatus(null);
            assertThatThrownBy(() -> countries.update(noStatus, UK)).isInstanceOf(ConstraintViolationException.class);
            assertThat(countries.findVisibleByCode("EE", UK).orElseThrow()).isEqualTo(before);
        }
    }

    @Test
    void heads_and_liaisons_may_not_change_countries() {
        CountryDetails lithuania;
        try (var ignored = as("officer")) {
            lithuania = countries.findVisibleByCode("LT", UK).orElseThrow();
        }
        for (var user : new String[]{"head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                var changes = CountryChanges.of(lithuania).withNotes("changed by " + user);
                assertThatThrownBy(() -> countries.update(changes, UK))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
        try (var ignored = as("officer")) {
            assertThat(countries.findVisibleByCode("LT", UK).orElseThrow().notes()).isEqualTo(lithuania.notes());
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("head")).extracting(SecurityEvent::getType)
                    .as("denied calls are audited").contains(SecurityEventType.ACCESS_DENIED);
        }
    }

    @Test
    void nothing_is_readable_without_signing_in() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> countries.findVisibleByCode("LT", UK))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
