package ua.cooperation.portal.programme;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.registry.Organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static ua.cooperation.portal.programme.ProgrammeRefusedException.Reason;

/**
 * The rules of a programme's input that Bean Validation cannot state: across fields, against other records, the key
 * fields an approval freezes, what a submission needs and the approval comments. Each refuses with
 * {@link ProgrammeRefusedException}; nothing here writes.
 */
@Component
class ProgrammeRules {

    private static final String UKRAINE = "UA";

    private final EntityManager entityManager;
    private final PartnershipService partnerships;

    ProgrammeRules(EntityManager entityManager, PartnershipService partnerships) {
        this.entityManager = entityManager;
        this.partnerships = partnerships;
    }

    /** Refuses with the first broken rule. */
    void check(ProgrammeChanges c) {
        checkDates(c);
        checkCountries(c);
        checkSectors(c);
        checkOrganisations(c);
        for (var partnershipId : c.partnershipIds()) {
            if (partnerships.findVisibleById(partnershipId, Locale.ENGLISH).isEmpty()) {
                throw new ProgrammeRefusedException(Reason.PARTNERSHIP_UNKNOWN);
            }
        }
        for (var indicator : c.indicators()) {
            for (var period : indicator.periods()) {
                if (period.end().isBefore(period.start())) {
                    throw new ProgrammeRefusedException(Reason.PERIOD_END_BEFORE_START);
                }
            }
        }
    }

    private static void checkDates(ProgrammeChanges c) {
        if (endBeforeStart(c.plannedStart(), c.plannedEnd())) {
            throw new ProgrammeRefusedException(Reason.PLANNED_END_BEFORE_START);
        }
        if (endBeforeStart(c.actualStart(), c.actualEnd())) {
            throw new ProgrammeRefusedException(Reason.ACTUAL_END_BEFORE_START);
        }
        if (endBeforeStart(c.budgetStart(), c.budgetEnd())) {
            throw new ProgrammeRefusedException(Reason.BUDGET_END_BEFORE_START);
        }
        if ((c.budgetAmount() == null) != (c.budgetCurrency() == null)) {
            throw new ProgrammeRefusedException(Reason.BUDGET_INCOMPLETE);
        }
    }

    private void checkCountries(ProgrammeChanges c) {
        for (var code : c.countryCodes()) {
            if (UKRAINE.equals(code)) {
                throw new ProgrammeRefusedException(Reason.COUNTRY_IS_UKRAINE);
            }
            if (entityManager.find(Country.class, code) == null) {
                throw new ProgrammeRefusedException(Reason.COUNTRY_UNKNOWN);
            }
        }
    }

    private static void checkSectors(ProgrammeChanges c) {
        if (c.sectors().isEmpty()) {
            return;
        }
        if (c.sectors().stream().map(ProgrammeChanges.SectorShare::sector).distinct().count() != c.sectors().size()) {
            throw new ProgrammeRefusedException(Reason.SECTOR_TWICE);
        }
        if (c.sectors().stream().mapToInt(ProgrammeChanges.SectorShare::percentage).sum() != 100) {
            throw new ProgrammeRefusedException(Reason.SECTORS_NOT_100);
        }
    }

    private void checkOrganisations(ProgrammeChanges c) {
        var organisationIds = new HashSet<Long>();
        c.participants().forEach(p -> organisationIds.add(p.organisationId()));
        c.transactions().forEach(t -> {
            organisationIds.add(t.providerOrganisationId());
            organisationIds.add(t.receiverOrganisationId());
        });
        organisationIds.remove(null);
        for (var organisationId : organisationIds) {
            if (entityManager.find(Organisation.class, organisationId) == null) {
                throw new ProgrammeRefusedException(Reason.ORGANISATION_UNKNOWN);
            }
        }
    }

    /**
     * What a submission still lacks: the title and summary (originals) and their English translation
     * ({@code inEnglish}: both are there, as originals or translations), a partner country, sectors and a complete
     * budget; empty when it may be submitted.
     */
    static List<Reason> missingForSubmission(ProgrammeChanges input, boolean inEnglish) {
        var missing = new ArrayList<Reason>();
        if (blank(input.title()) || blank(input.summary()) || !inEnglish) {
            missing.add(Reason.SUBMIT_NEEDS_TITLES);
        }
        if (input.countryCodes().isEmpty()) {
            missing.add(Reason.SUBMIT_NEEDS_COUNTRY);
        }
        if (input.sectors().isEmpty()) {
            missing.add(Reason.SUBMIT_NEEDS_SECTORS);
        }
        if (input.budgetAmount() == null || input.budgetCurrency() == null || input.budgetStart() == null
                || input.budgetEnd() == null) {
            missing.add(Reason.SUBMIT_NEEDS_BUDGET);
        }
        return missing;
    }

    /** Budget, partner countries, participating organisations and indicator targets: changed only by a revision. */
    static boolean sameKeyFields(ProgrammeChanges stored, ProgrammeChanges entered) {
        return sameAmount(stored.budgetAmount(), entered.budgetAmount())
                && Objects.equals(stored.budgetCurrency(), entered.budgetCurrency())
                && Objects.equals(stored.budgetStart(), entered.budgetStart())
                && Objects.equals(stored.budgetEnd(), entered.budgetEnd())
                && stored.countryCodes().equals(entered.countryCodes())
                && new HashSet<>(stored.participants()).equals(new HashSet<>(entered.participants()))
                && targets(stored).equals(targets(entered));
    }

    /** The comment stripped, or null for none; whether it is for partners stays as the writer chose. */
    static Remark checkedComment(Remark comment, boolean required) {
        var raw = Remark.textOf(comment);
        var text = blank(raw) ? null : raw.strip();
        if (required && text == null) {
            throw new ProgrammeRefusedException(Reason.COMMENT_REQUIRED);
        }
        if (text != null && text.length() > ProgrammeApprovalStep.COMMENT_MAX_LENGTH) {
            throw new ProgrammeRefusedException(Reason.COMMENT_TOO_LONG);
        }
        return text == null ? null : new Remark(text, Remark.sharedOf(comment));
    }

    private static List<String> targets(ProgrammeChanges changes) {
        var result = new ArrayList<String>();
        for (var indicator : changes.indicators()) {
            result.add(plain(indicator.target()));
            indicator.periods().forEach(p -> result.add(p.start() + "/" + p.end() + "=" + plain(p.target())));
        }
        return result;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean endBeforeStart(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
