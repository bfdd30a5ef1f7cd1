package ua.cooperation.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rows of a {@link Programme}'s ordered child lists (sectors, organisations, transactions, indicators and their
 * periods, beneficiary counts), kept apart from the entity's own fields. Each is an embeddable of an element
 * collection, compared by value (so that Envers records a changed row as one change), and described shortly and
 * language-neutrally for the history list.
 */
final class ProgrammeRows {

    private ProgrammeRows() {
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    @Embeddable
    static class SectorRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "sector", nullable = false, length = 40)
        Sector sector;
        @Column(name = "percentage", nullable = false)
        int percentage;

        protected SectorRow() {
        }

        SectorRow(Sector sector, int percentage) {
            this.sector = sector;
            this.percentage = percentage;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SectorRow other && Objects.equals(sector, other.sector) && Objects.equals(percentage, other.percentage);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sector, percentage);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return sector.code() + " · " + percentage + " %";
        }
    }

    @Embeddable
    static class ParticipantRow {
        @Column(name = "organisation_id", nullable = false)
        long organisationId;
        @Enumerated(EnumType.STRING)
        @Column(name = "role", nullable = false, length = 20)
        OrganisationRole role;

        protected ParticipantRow() {
        }

        ParticipantRow(long organisationId, OrganisationRole role) {
            this.organisationId = organisationId;
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParticipantRow other && Objects.equals(organisationId, other.organisationId) && Objects.equals(role, other.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, role);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return "#" + organisationId + " · " + role;
        }
    }

    @Embeddable
    static class TransactionRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "type", nullable = false, length = 20)
        TransactionType type;
        @Column(name = "transaction_date", nullable = false)
        LocalDate date;
        @Column(name = "amount", nullable = false, precision = 19, scale = 2)
        BigDecimal amount;
        @Column(name = "currency", nullable = false, length = 3)
        String currency;
        @Column(name = "provider_organisation_id")
        Long providerOrganisationId;
        @Column(name = "receiver_organisation_id")
        Long receiverOrganisationId;

        protected TransactionRow() {
        }

        TransactionRow(TransactionType type, LocalDate date, BigDecimal amount, String currency, Long provider,
                       Long receiver) {
            this.type = type;
            this.date = date;
            this.amount = amount;
            this.currency = currency;
            this.providerOrganisationId = provider;
            this.receiverOrganisationId = receiver;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TransactionRow other && Objects.equals(type, other.type) && Objects.equals(date, other.date) && Objects.equals(amount, other.amount) && Objects.equals(currency, other.currency) && Objects.equals(providerOrganisationId, other.providerOrganisationId) && Objects.equals(receiverOrganisationId, other.receiverOrganisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, date, amount, currency, providerOrganisationId, receiverOrganisationId);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return type + " " + date + " " + amount.toPlainString() + " " + currency;
        }
    }

    /**
     * An indicator; {@code key} is its number within the programme, kept while it exists, to which the translations
     * of its title are attached (ADR 0040, Liquibase 1020).
     */
    @Embeddable
    static class IndicatorRow {
        @Column(name = "indicator_key", nullable = false)
        int key;
        @Column(name = "title", nullable = false, length = 300)
        String title;
        @Column(name = "unit", length = 100)
        String unit;
        @Column(name = "baseline_value", precision = 19, scale = 2)
        BigDecimal baselineValue;
        @Column(name = "baseline_year")
        Integer baselineYear;
        @Column(name = "target", precision = 19, scale = 2)
        BigDecimal target;

        protected IndicatorRow() {
        }

        IndicatorRow(int key, String title, String unit, BigDecimal baselineValue, Integer baselineYear,
                     BigDecimal target) {
            this.key = key;
            this.title = title;
            this.unit = unit;
            this.baselineValue = baselineValue;
            this.baselineYear = baselineYear;
            this.target = target;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndicatorRow other && key == other.key && Objects.equals(title, other.title) && Objects.equals(unit, other.unit) && Objects.equals(baselineValue, other.baselineValue) && Objects.equals(baselineYear, other.baselineYear) && Objects.equals(target, other.target);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, title, unit, baselineValue, baselineYear, target);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return title + (target == null ? "" : " → " + target.stripTrailingZeros().toPlainString());
        }
    }

    /** A reporting period of the indicator at {@code indicatorIndex} in the indicators list. */
    @Embeddable
    static class PeriodRow {
        @Column(name = "indicator_index", nullable = false)
        int indicatorIndex;
        @Column(name = "period_start", nullable = false)
        LocalDate start;
        @Column(name = "period_end", nullable = false)
        LocalDate end;
        @Column(name = "target", precision = 19, scale = 2)
        BigDecimal target;
        @Column(name = "actual", precision = 19, scale = 2)
        BigDecimal actual;

        protected PeriodRow() {
        }

        PeriodRow(int indicatorIndex, LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
            this.indicatorIndex = indicatorIndex;
            this.start = start;
            this.end = end;
            this.target = target;
            this.actual = actual;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PeriodRow other && Objects.equals(indicatorIndex, other.indicatorIndex) && Objects.equals(start, other.start) && Objects.equals(end, other.end) && Objects.equals(target, other.target) && Objects.equals(actual, other.actual);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorIndex, start, end, target, actual);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return "#" + (indicatorIndex + 1) + " " + start + "–" + end + ": " + plain(target) + " / " + plain(actual);
        }
    }

    @Embeddable
    static class BeneficiaryRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "target_group", nullable = false, length = 30)
        TargetGroup targetGroup;
        @Column(name = "reached", nullable = false)
        int count;

        protected BeneficiaryRow() {
        }

        BeneficiaryRow(TargetGroup targetGroup, int count) {
            this.targetGroup = targetGroup;
            this.count = count;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BeneficiaryRow other && Objects.equals(targetGroup, other.targetGroup) && Objects.equals(count, other.count);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetGroup, count);
        }

        /** A short, language-neutral description for the history list. */
        @Override
        public String toString() {
            return targetGroup + ": " + count;
        }
    }
}
