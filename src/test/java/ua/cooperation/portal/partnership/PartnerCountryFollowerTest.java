package ua.cooperation.portal.partnership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership keeps no stale country: when its partner organisation moves to another country, the partnership
 * follows at once, for the liaisons of both countries and in its history (ADR 0038).
 */
@IntegrationTest
class PartnerCountryFollowerTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final String HROMADA = "UA44120110000010163";

    @Autowired
    PartnershipService partnerships;
    @Autowired
    OrganisationService organisations;

    @Test
    void a_partnership_follows_its_partner_organisation_into_another_country() {
        long organisationId;
        long partnershipId;
        try (var ignored = SignedIn.as("officer")) {
            var organisation = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO,
                    "Zq asociacija", null, "Zq association", "LT", null, null, null, null, null, null), UK);
            organisationId = organisation.id();
            partnershipId = partnerships.create(new PartnershipChanges(null, 0, HROMADA, null, organisationId,
                    PartnershipType.INFORMAL, Set.of(CooperationArea.CULTURE), null, null, null, null, true), UK).id();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(partnerships.findVisibleById(partnershipId, UK)).isPresent();
        }

        try (var ignored = SignedIn.as("officer")) {
            var stored = organisations.findVisibleById(organisationId, UK).orElseThrow();
            organisations.update(new OrganisationChanges(stored.id(), stored.version(), stored.type(),
                    stored.nameOriginal(), stored.nameUk(), stored.nameEn(), "PL", null, null, null, null, null,
                    null), UK);
            assertThat(partnerships.findVisibleById(partnershipId, UK).orElseThrow().countryCode()).isEqualTo("PL");
            assertThat(partnerships.historyOf(partnershipId)).filteredOn(e -> e.kind() == HistoryEntry.Kind.CHANGED)
                    .flatExtracting(HistoryEntry::changes)
                    .contains(new HistoryEntry.FieldChange("countryCode", "LT", "PL"));
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(partnerships.findVisibleById(partnershipId, UK)).isEmpty();
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(partnerships.findVisibleById(partnershipId, UK)).isPresent();
            // her history begins when the partnership became Polish: nothing from its Lithuanian days
            assertThat(partnerships.historyOf(partnershipId)).last()
                    .extracting(HistoryEntry::kind).isEqualTo(HistoryEntry.Kind.SHARED);
        }
    }
}
