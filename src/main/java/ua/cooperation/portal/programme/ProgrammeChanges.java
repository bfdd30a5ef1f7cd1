package ua.cooperation.portal.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A programme as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the
 * officer started from. The approval state is not part of it: it moves only through the approval operations of
 * {@link ProgrammeService}. Lists are stored in the given order. {@code title} and {@code summary} are the originals;
 * their translations are edited on the translation page (ADR 0040).
 */
public record ProgrammeChanges(
        Long id,
        long version,
        @NotBlank @Size(max = Programme.IDENTIFIER_MAX_LENGTH) @Pattern(regexp = Programme.IDENTIFIER_PATTERN)
        String identifier,
        @Size(max = Programme.TITLE_MAX_LENGTH) String title,
        @Size(max = Programme.SUMMARY_MAX_LENGTH) String summary,
        @NotNull ActivityStatus activityStatus,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @NotNull Set<@Pattern(regexp = "[A-Z]{2}") String> countryCodes,
        @NotNull Set<TargetGroup> targetGroups,
        @NotNull Set<SupportArea> supportAreas,
        @NotNull Set<Long> partnershipIds,
        @NotNull List<@Valid @NotNull SectorShare> sectors,
        @NotNull List<@Valid @NotNull Participant> participants,
        @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal budgetAmount,
        @Pattern(regexp = "[A-Z]{3}") String budgetCurrency,
        LocalDate budgetStart,
        LocalDate budgetEnd,
        @NotNull List<@Valid @NotNull Transaction> transactions,
        @NotNull List<@Valid @NotNull Indicator> indicators,
        @NotNull List<@Valid @NotNull BeneficiaryCount> beneficiaries,
        boolean sharedWithPartners) {

    public ProgrammeChanges {
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        supportAreas = supportAreas == null ? Set.of() : Set.copyOf(supportAreas);
        partnershipIds = partnershipIds == null ? Set.of() : Set.copyOf(partnershipIds);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        participants = participants == null ? List.of() : List.copyOf(participants);
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
    }

    public ProgrammeChanges withTransactions(List<Transaction> list) {
        return new ProgrammeChanges(id, version, identifier, title, summary, activityStatus, plannedStart, plannedEnd, actualStart, actualEnd, countryCodes,
                targetGroups, supportAreas, partnershipIds, sectors, participants, budgetAmount, budgetCurrency,
                budgetStart, budgetEnd, list, indicators, beneficiaries, sharedWithPartners);
    }

    public ProgrammeChanges withIndicators(List<Indicator> list) {
        return new ProgrammeChanges(id, version, identifier, title, summary, activityStatus, plannedStart, plannedEnd, actualStart, actualEnd, countryCodes,
                targetGroups, supportAreas, partnershipIds, sectors, participants, budgetAmount, budgetCurrency,
                budgetStart, budgetEnd, transactions, list, beneficiaries, sharedWithPartners);
    }

    public ProgrammeChanges withPartnershipIds(Set<Long> ids) {
        return new ProgrammeChanges(id, version, identifier, title, summary, activityStatus, plannedStart, plannedEnd, actualStart, actualEnd, countryCodes,
                targetGroups, supportAreas, ids, sectors, participants, budgetAmount, budgetCurrency,
                budgetStart, budgetEnd, transactions, indicators, beneficiaries, sharedWithPartners);
    }

    public ProgrammeChanges withBeneficiaries(List<BeneficiaryCount> list) {
        return new ProgrammeChanges(id, version, identifier, title, summary, activityStatus, plannedStart, plannedEnd, actualStart, actualEnd, countryCodes,
                targetGroups, supportAreas, partnershipIds, sectors, participants, budgetAmount, budgetCurrency,
                budgetStart, budgetEnd, transactions, indicators, list, sharedWithPartners);
    }

    /** A share of the programme in one DAC sector, in whole percent; the shares must add up to 100. */
    public record SectorShare(@NotNull Sector sector, @Min(1) @Max(100) int percentage) {
    }

    /** An organisation of the registry taking part in the programme in an IATI role. */
    public record Participant(long organisationId, @NotNull OrganisationRole role) {
    }

    /** A commitment or disbursement; provider and receiver are registry organisations, both optional. */
    public record Transaction(@NotNull TransactionType type, @NotNull LocalDate date,
                              @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
                              @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                              Long providerOrganisationId, Long receiverOrganisationId) {
    }

    /**
     * A result indicator: what is measured, where it started, where it should get, per reporting period. In this
     * portal it is also the IATI result, so its title is the result's title too.
     *
     * @param key the indicator's number within its programme, kept while it exists (a changed title, another
     *            indicator removed or the list reordered leave it as it is), so that the translations of its title
     *            stay attached to it (ADR 0040); null for a new indicator, which the service numbers after the highest
     *            one. A key the stored programme does not have counts as new.
     */
    public record Indicator(Integer key,
                            @NotBlank @Size(max = Indicator.TITLE_MAX_LENGTH) String title,
                            @Size(max = Indicator.UNIT_MAX_LENGTH) String unit,
                            BigDecimal baselineValue, @Min(1900) @Max(2200) Integer baselineYear, BigDecimal target,
                            @NotNull List<@Valid @NotNull Period> periods) {

        public static final int TITLE_MAX_LENGTH = 300;
        public static final int UNIT_MAX_LENGTH = 100;
        /** The title's translations are the programme's texts {@code indicator.<key>} (ADR 0040). */
        public static final String TEXT_FIELD_PREFIX = "indicator.";

        public Indicator {
            periods = periods == null ? List.of() : List.copyOf(periods);
        }

        /** A new indicator: the service gives it its key. */
        public Indicator(String title, String unit, BigDecimal baselineValue, Integer baselineYear,
                         BigDecimal target, List<Period> periods) {
            this(null, title, unit, baselineValue, baselineYear, target, periods);
        }

        public Indicator withPeriods(List<Period> list) {
            return new Indicator(key, title, unit, baselineValue, baselineYear, target, list);
        }

        /** The programme's text field of the title of the indicator with this key: {@code indicator.<key>}. */
        public static String textFieldOf(int key) {
            return TEXT_FIELD_PREFIX + key;
        }

        /** The key of the indicator whose title is the text {@code field}; empty for any other field. */
        public static java.util.OptionalInt keyOfTextField(String field) {
            if (field == null || !field.startsWith(TEXT_FIELD_PREFIX)) {
                return java.util.OptionalInt.empty();
            }
            try {
                return java.util.OptionalInt.of(Integer.parseInt(field.substring(TEXT_FIELD_PREFIX.length())));
            } catch (NumberFormatException notAKey) {
                return java.util.OptionalInt.empty();
            }
        }
    }

    /** One reporting period of an indicator, with its target and (once known) the actual value. */
    public record Period(@NotNull LocalDate start, @NotNull LocalDate end, BigDecimal target, BigDecimal actual) {
    }

    /** How many people of one target group the programme reached: a count, no personal data. */
    public record BeneficiaryCount(@NotNull TargetGroup targetGroup, @PositiveOrZero int count) {
    }
}
