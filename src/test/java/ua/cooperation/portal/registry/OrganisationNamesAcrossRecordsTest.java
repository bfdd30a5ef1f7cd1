package ua.cooperation.portal.registry;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.export.CountryBriefing;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * An organisation's Lithuanian or Polish name (issue 19) follows it wherever it is named: the posts on a country's page
 * and in its briefing, a person's history and the registry's likely-duplicate warning. Readers of Ukrainian read the
 * Ukrainian name there as before.
 */
@IntegrationTest
class OrganisationNamesAcrossRecordsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    PositionService positions;
    @Autowired
    RegistryHistory history;
    @Autowired
    ContentTranslations translations;
    @Autowired
    CountryBriefing briefing;

    /** A Lithuanian organisation the office named in Ukrainian and English, and its Lithuanian name. */
    private record Named(long id, String ukrainian, String english, String lithuanian) {
    }

    private Named lithuanianOrganisation(String ukrainian, String english, String lithuanian) {
        var suffix = " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var named = new Named(0, ukrainian + suffix, english + suffix, lithuanian + suffix);
        try (var ignored = as("officer")) {
            long id = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null,
                    named.ukrainian(), named.english(), "LT", null, null, null, null, null, null), UK).id();
            var version = translations.sheet(TextOwnerKind.ORGANISATION, id, "lt").texts().getFirst().version();
            translations.save(TextOwnerKind.ORGANISATION, id, "lt",
                    List.of(new TranslationChange("name", named.lithuanian(), false, version)));
            return new Named(id, named.ukrainian(), named.english(), named.lithuanian());
        }
    }

    @Test
    void the_country_page_the_briefing_and_a_persons_history_name_the_post_in_her_language() throws IOException {
        var organisation = lithuanianOrganisation("Центр підтримки переселенців Каунаса",
                "Kaunas Displaced Persons Support Centre", "Kauno perkeltųjų asmenų paramos centras");
        long personId;
        var title = "Koordinatorė " + SEQUENCE.incrementAndGet();
        try (var ignored = as("officer")) {
            personId = people.create(new PersonChanges(null, 0, "Eglė", "Kazlauskienė", null, null, "LT", null, null,
                    null)).id();
            positions.add(new NewPosition(personId, organisation.id(), title, positions.today().minusMonths(2), null),
                    UK);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(positions.findCurrentInCountry("LT", LT)).filteredOn(p -> p.personId() == personId)
                    .singleElement().extracting(PositionItem::organisationName).isEqualTo(organisation.lithuanian());
            String text;
            try (var pdf = Loader.loadPDF(briefing.pdfOf("LT", LT))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertThat(text).contains(organisation.lithuanian() + " — " + title).doesNotContain(organisation.ukrainian());
            assertThat(history.ofPerson(personId, LT)).anySatisfy(entry ->
                    assertThat(entry.subject()).isEqualTo(title + " — " + organisation.lithuanian()));
        }
        try (var ignored = as("officer")) {
            assertThat(positions.findCurrentInCountry("LT", UK)).filteredOn(p -> p.personId() == personId)
                    .singleElement().extracting(PositionItem::organisationName).isEqualTo(organisation.ukrainian());
            assertThat(history.ofPerson(personId, UK)).anySatisfy(entry ->
                    assertThat(entry.subject()).isEqualTo(title + " — " + organisation.ukrainian()));
        }
    }

    @Test
    void the_likely_duplicate_warning_names_the_stored_organisation_as_its_reader_knows_it() {
        var stored = lithuanianOrganisation("Товариство литовсько-української дружби",
                "Lithuanian-Ukrainian Friendship Society", "Lietuvos ir Ukrainos draugystės draugija");
        var entered = new OrganisationChanges(null, 0, OrganisationType.NGO, null, stored.ukrainian(), null, "LT",
                null, null, null, null, null, null);
        try (var ignored = as("officer")) {
            assertThat(organisations.findLikelyDuplicates(entered, LT)).filteredOn(d -> d.id() == stored.id())
                    .singleElement().extracting(LikelyDuplicate::name).isEqualTo(stored.lithuanian());
            assertThat(organisations.findLikelyDuplicates(entered, UK)).filteredOn(d -> d.id() == stored.id())
                    .singleElement().extracting(LikelyDuplicate::name).isEqualTo(stored.ukrainian());
        }
    }
}
