package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.base.text.LocalizedText;

import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.programme.ProgrammeLinks;

import ua.cooperation.portal.partnership.PartnershipLinks;

import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows the dashboards are made of: small projections, never entities. */
public final class DashboardRows {

    private DashboardRows() {
    }

    /** How many records fall under {@code key} (an enum name or a country code). */
    public record Count<K>(K key, long count) {
    }

    /**
     * Money of one currency for one country: committed and disbursed, summed from the transactions of the programmes
     * that concern the country (a programme of several countries counts in each). Currencies are never mixed.
     */
    public record Money(String countryCode, String currency, BigDecimal committed, BigDecimal disbursed) {
    }

    /** Overdue action items of one owner: a portal user or a registry person. */
    public record OwnerOverdue(Long ownerUserId, Long ownerPersonId, String ownerName, long overdue) {
    }

    /** One meeting as a dashboard lists it, its title in the reader's language where it has been translated. */
    public record MeetingRow(long id, LocalizedText title, MeetingType type, Instant startsAt, Instant endsAt) {
    }

    /** One of the reader's own action items, its title and its meeting's in the reader's language where translated. */
    public record ActionItemRow(long id, LocalizedText title, LocalDate dueOn, ActionItemStatus status,
                                boolean overdue, long meetingId, LocalizedText meetingTitle) {
    }

    /** One programme as a dashboard lists it, titled in the reader's language. */
    public record ProgrammeRow(long id, String identifier, LocalizedText title) {
    }

    /** A record changed lately, from the record history (Envers revisions). */
    public record ChangedRecord(Kind kind, long id, String name, Instant changedAt, String changedBy, boolean created) {

        public enum Kind {
            PARTNERSHIP, PROGRAMME, MEETING;

            /** The address of the record's page. */
            public String path(long id) {
                return switch (this) {
                    case PARTNERSHIP -> PartnershipLinks.details(id);
                    case PROGRAMME -> ProgrammeLinks.details(id);
                    case MEETING -> MeetingLinks.details(id);
                };
            }
        }
    }

    /** A period of days in Europe/Kyiv, both ends included (as the meetings list reads its date filter). */
    public record Period(LocalDate from, LocalDate to) {
    }
}
