package ua.cooperation.portal.programme;

import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.Permissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One programme as the details view shows it. {@code input} is the stored input as the form starts from it;
 * {@code sums} holds per transaction type the sums per currency (amounts in different currencies are never added).
 * {@code updatedBy} is null for liaisons. {@code permissions} say what the reader may do with it (edit, decide),
 * decided by {@link AccessPolicy}; the view only shows them, and the services check every action again.
 */
public record ProgrammeDetails(long id, long version, ProgrammeChanges input, ApprovalState approval,
                               List<Linked> partnerships, List<ParticipantItem> participants,
                               List<TransactionItem> transactions,
                               Map<TransactionType, Map<String, BigDecimal>> sums,
                               Instant updatedAt, String updatedBy, Permissions permissions) {

    /** A linked record by id and name in the reader's language. */
    public record Linked(long id, String name) {
    }

    public record ParticipantItem(long organisationId, String name, String countryCode, OrganisationRole role) {
    }

    public record TransactionItem(TransactionType type, LocalDate date, BigDecimal amount, String currency,
                                  String providerName, String receiverName) {
    }

    public String identifier() {
        return input.identifier();
    }

    public Set<String> countryCodes() {
        return input.countryCodes();
    }

    /** The title in the reader's language, else Ukrainian, English, Lithuanian, else the identifier. */
    public String title(Locale language) {
        return ProgrammeTexts.pick(language, input.titleUk(), input.titleEn(), input.titleLt(), input.identifier());
    }

    public String summary(Locale language) {
        return ProgrammeTexts.pick(language, input.summaryUk(), input.summaryEn(), input.summaryLt(), "");
    }

    /** Languages (uk, en) in which the title or summary is still missing: the UI marks them. */
    public List<String> missingTranslations() {
        var missing = new java.util.ArrayList<String>();
        if (blank(input.titleUk()) || blank(input.summaryUk())) {
            missing.add("uk");
        }
        if (blank(input.titleEn()) || blank(input.summaryEn())) {
            missing.add("en");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
