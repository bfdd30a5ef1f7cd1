package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.Permissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One programme as the details view shows it. {@code input} is the stored input as the form starts from it;
 * {@code sums} holds per transaction type the sums per currency (amounts in different currencies are never added).
 * {@code updatedBy} is null for liaisons. {@code permissions} say what the reader may do with it (edit, decide),
 * decided by {@link AccessPolicy}; the view only shows them, and the services check every action again.
 * {@code input.title()}, {@code input.summary()} and the indicators' titles are the originals (what the forms edit);
 * {@code texts} holds them in the reader's language (ADR 0040), with what staff need to know about their translations.
 */
public record ProgrammeDetails(long id, long version, ProgrammeChanges input, ApprovalState approval,
                               List<Linked> partnerships, List<ParticipantItem> participants,
                               List<TransactionItem> transactions,
                               Map<TransactionType, Map<String, BigDecimal>> sums,
                               Instant updatedAt, String updatedBy, Permissions permissions,
                               LocalizedTexts texts) {

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

    /** The title in the reader's language (else the original, marked), or the identifier when it has none. */
    public LocalizedText shownTitle() {
        var title = titleText();
        return title.isEmpty() ? LocalizedText.original(identifier(), texts.originalLanguage()) : title;
    }

    /** The title in the reader's language, else the original marked; empty when the programme has none. */
    public LocalizedText titleText() {
        return texts.get(ProgrammeTextOwner.TITLE);
    }

    /** The title as a plain string (a page title, a file name): the reader's language, else the original. */
    public String title() {
        return shownTitle().text();
    }

    /** The summary in the reader's language, else the original marked with its language. */
    public LocalizedText summary() {
        return texts.get(ProgrammeTextOwner.SUMMARY);
    }

    /**
     * The title of one of {@link #input()}'s indicators in the reader's language, else the original marked with its
     * language (ADR 0040); an indicator not yet stored (no key) shows its own title.
     */
    public LocalizedText indicatorTitle(ProgrammeChanges.Indicator indicator) {
        var text = indicator.key() == null ? null
                : texts.byField().get(ProgrammeChanges.Indicator.textFieldOf(indicator.key()));
        return text != null ? text : LocalizedText.original(indicator.title(), texts.originalLanguage());
    }
}
