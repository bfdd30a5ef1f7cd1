package ua.cooperation.portal.export;

import ua.cooperation.portal.base.PortalTime;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.country.CountryDetails;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.practice.PracticeFilter;
import ua.cooperation.portal.practice.PracticeService;
import ua.cooperation.portal.partnership.PartnershipHealth;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitService;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The briefing pack of one country as a PDF in the reader's language: who holds the country's posts now, its active
 * partnerships, its programmes with budgets per currency and results, its last five meetings with their decisions,
 * its visits (newest first), the open action items and the dates coming up. Every part is read through the features' own services, so the
 * liaison rule applies as everywhere (a liaison's pack holds exactly what the liaison may see); internal notes are
 * never part of it, whoever reads. Each pack is written to the security log.
 */
@Service
public class CountryBriefing {

    /** The meetings of the pack: the last ones that have started. */
    static final int MEETINGS = 5;
    /** Longer lists are cut with a "… and n more in the portal" line, so the pack stays a few pages. */
    static final int PARTNERSHIPS = 40;
    static final int PROGRAMMES = 25;
    static final int ACTION_ITEMS = 40;
    static final int PRACTICES = 25;
    static final int VISITS = 15;
    /** Coming dates reach this far ahead. */
    static final int DAYS_AHEAD = 180;

    private final CountryService countries;
    private final PositionService positions;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private final MeetingService meetings;
    private final DecisionService meetingDecisions;
    private final ActionItemService actionItems;
    private final PracticeService practices;
    private final VisitService visits;
    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortalTime time;

    CountryBriefing(CountryService countries, PositionService positions, PartnershipService partnerships,
                    ProgrammeService programmes, MeetingService meetings, DecisionService meetingDecisions,
                    ActionItemService actionItems, PracticeService practices, VisitService visits,
                    SecurityAuditLog auditLog, CurrentUser currentUser, PortalTime time) {
        this.practices = practices;
        this.visits = visits;
        this.countries = countries;
        this.positions = positions;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.meetings = meetings;
        this.meetingDecisions = meetingDecisions;
        this.actionItems = actionItems;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The file name of a country's pack made on a day: {@code briefing-LT-2026-12-02.pdf}. */
    public static String fileName(String countryCode, LocalDate day) {
        return "briefing-" + countryCode + "-" + day + ".pdf";
    }

    /**
     * The pack of the country as the current user may see it, in {@code language}.
     *
     * @throws RecordNotFoundException when the country does not exist or the user may not see it (the two alike)
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] pdfOf(String countryCode, Locale language) {
        var country = countries.findVisibleByCode(countryCode, language)
                .orElseThrow(() -> new RecordNotFoundException("Country " + countryCode));
        var user = currentUser.require();
        byte[] pdf;
        try {
            pdf = new Writer(country, language, user.displayName() == null ? user.username() : user.displayName())
                    .write();
        } catch (IOException e) {
            throw new IllegalStateException("the briefing pack of " + countryCode + " could not be written", e);
        }
        auditLog.record(SecurityEventType.EXPORT, user.username(),
                "country briefing " + country.code() + " pdf (" + language.getLanguage() + ")");
        return pdf;
    }

    /** One pack being written: the reader's language, formats and the layout. */
    private final class Writer {

        private final CountryDetails country;
        private final Locale language;
        private final String reader;
        private final Translations t;
        private final DateTimeFormatter dates;
        private final DateTimeFormatter times;
        private final NumberFormat numbers;
        private final LocalDate today;

        Writer(CountryDetails country, Locale language, String reader) {
            this.country = country;
            this.language = language;
            this.reader = reader;
            this.t = new Translations(language);
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
            this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language);
            this.numbers = NumberFormat.getNumberInstance(language);
            this.numbers.setMaximumFractionDigits(2);
            this.today = time.today();
        }

        byte[] write() throws IOException {
            var title = t.get("briefing.title", country.name());
            try (var pdf = new PdfLayout(title, language)) {
                pdf.title(title);
                pdf.small(t.get("briefing.prepared", dates.format(today), reader));
                pdf.space(6);
                pdf.paragraph(t.get("briefing.status", t.get("partner-status." + country.partnerStatus().name())));
                if (country.nationalDay() != null) {
                    pdf.paragraph(t.get("briefing.national-day", dayOf(country.nationalDay())));
                }
                notesForPartners(pdf);
                var items = actionItems.openActionItemsOfCountry(country.code(), language);
                var active = partnerships.findVisible(new PartnershipFilter(null, country.code(), null,
                        PartnershipStatus.ACTIVE, null, null, false), PageRequest.of(0, PARTNERSHIPS), language);
                posts(pdf);
                partnerships(pdf, active);
                programmes(pdf);
                practices(pdf);
                meetings(pdf);
                visits(pdf);
                actionItems(pdf, items);
                comingDates(pdf, active, items);
                return pdf.toBytes((page, pages) -> country.name() + " · " + dates.format(today) + " · "
                        + t.get("briefing.page", page, pages));
            }
        }

        /** What the office tells the embassy, in the reader's language or the original named (ADR 0040). */
        private void notesForPartners(PdfLayout pdf) throws IOException {
            var notes = country.texts().get("notesForPartners");
            if (notes.isEmpty()) {
                return;
            }
            pdf.heading(t.get("country.field.notes-for-partners"));
            pdf.paragraph(notes.text());
            if (notes.fallback() || notes.outdated()) {
                pdf.small(t.get(notes.outdated() ? "translation.outdated" : "translation.in." + notes.language()));
            }
        }

        private void posts(PdfLayout pdf) throws IOException {
            pdf.heading(t.get("briefing.section.posts"));
            var holders = positions.findCurrentInCountry(country.code(), language);
            if (holders.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var post : holders) {
                pdf.bullet(post.organisationName() + " — " + post.title() + ": " + post.personName()
                        + (post.fromDate() == null ? "" : " (" + t.get("briefing.since", dates.format(post.fromDate()))
                        + ")"));
            }
        }

        private void partnerships(PdfLayout pdf, List<PartnershipListItem> active) throws IOException {
            pdf.heading(t.get("briefing.section.partnerships"));
            if (active.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var item : active) {
                pdf.bullet(item.name());
                var facts = new ArrayList<String>();
                facts.add(t.get("partnership-type." + item.type().name()));
                if (!item.areas().isEmpty()) {
                    facts.add(item.areas().stream().map(a -> t.get("cooperation-area." + a.name())).sorted()
                            .collect(Collectors.joining(", ")));
                }
                if (item.validUntil() != null) {
                    facts.add(t.get("briefing.valid-until", dates.format(item.validUntil())));
                }
                if (item.lastContactOn() != null) {
                    facts.add(t.get("partnership.field.last-contact") + ": " + dates.format(item.lastContactOn())
                            + (item.health() == PartnershipHealth.NONE ? ""
                            : " (" + t.get("partnership-health." + item.health().name()) + ")"));
                }
                pdf.detail(String.join("; ", facts));
            }
            more(pdf, active.size(), PARTNERSHIPS, () -> partnerships.countVisible(new PartnershipFilter(null,
                    country.code(), null, PartnershipStatus.ACTIVE, null, null, false)));
        }

        /** The practices of the country the reader may see (learnt from it or shared with it), titles in her language. */
        private void practices(PdfLayout pdf) throws IOException {
            pdf.heading(t.get("practice.briefing.title"));
            var filter = PracticeFilter.ofCountry(country.code());
            var shown = practices.findVisible(filter, PageRequest.of(0, PRACTICES), language);
            if (shown.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var item : shown) {
                pdf.bullet(item.title().orEmpty());
                var facts = new ArrayList<String>();
                facts.add(t.get("practice-direction." + item.direction().name()));
                facts.add(t.get("practice-status." + item.status().name()) + " (" + dates.format(item.statusSince())
                        + ")");
                if (!item.areas().isEmpty()) {
                    facts.add(item.areas().stream().map(a -> t.get("cooperation-area." + a.name())).sorted()
                            .collect(Collectors.joining(", ")));
                }
                pdf.detail(String.join("; ", facts));
            }
            more(pdf, shown.size(), PRACTICES, () -> practices.countVisible(filter));
        }

        private void programmes(PdfLayout pdf) throws IOException {
            pdf.heading(t.get("briefing.section.programmes"));
            var filter = new ProgrammeFilter(null, country.code(), null, null, null, null);
            var listed = programmes.findVisible(filter, PageRequest.of(0, PROGRAMMES), language);
            if (listed.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            var budgets = new TreeMap<String, BigDecimal>();
            for (var item : listed) {
                var found = programmes.findVisibleById(item.id(), language);
                if (found.isEmpty()) {
                    continue;
                }
                var programme = found.get();
                var input = programme.input();
                pdf.bullet(programme.identifier() + " — " + programme.title() + " ("
                        + t.get("activity-status." + input.activityStatus().name()) + ", "
                        + t.get("approval-state." + programme.approval().name()) + ")");
                var start = Optional.ofNullable(input.actualStart()).orElse(input.plannedStart());
                var end = Optional.ofNullable(input.actualEnd()).orElse(input.plannedEnd());
                if (start != null || end != null) {
                    pdf.detail((start == null ? "…" : dates.format(start)) + " – "
                            + (end == null ? "…" : dates.format(end)));
                }
                if (input.budgetAmount() != null && input.budgetCurrency() != null) {
                    pdf.detail(t.get("briefing.budget", money(input.budgetAmount(), input.budgetCurrency())));
                    budgets.merge(input.budgetCurrency(), input.budgetAmount(), BigDecimal::add);
                }
                sums(pdf, programme, TransactionType.COMMITMENT, "briefing.committed");
                sums(pdf, programme, TransactionType.DISBURSEMENT, "briefing.disbursed");
                for (var indicator : input.indicators()) {
                    pdf.detail(t.get("briefing.indicator", programme.indicatorTitle(indicator).text(),
                            value(indicator.baselineValue(), indicator.unit()),
                            value(indicator.target(), indicator.unit()), latestActual(indicator)));
                }
                if (!input.beneficiaries().isEmpty()) {
                    pdf.detail(t.get("briefing.reached", input.beneficiaries().stream()
                            .map(b -> t.get("target-group." + b.targetGroup().name()) + " "
                                    + numbers.format(b.count()))
                            .collect(Collectors.joining(", "))));
                }
            }
            more(pdf, listed.size(), PROGRAMMES, () -> programmes.countVisible(filter));
            if (!budgets.isEmpty()) {
                pdf.space(4);
                // never added across currencies
                pdf.strong(t.get("briefing.budget-totals", budgets.entrySet().stream()
                        .map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining("; "))));
            }
        }

        private void sums(PdfLayout pdf, ProgrammeDetails programme, TransactionType type, String key)
                throws IOException {
            var perCurrency = programme.sums().getOrDefault(type, Map.of());
            if (!perCurrency.isEmpty()) {
                pdf.detail(t.get(key, new TreeMap<>(perCurrency).entrySet().stream()
                        .map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining("; "))));
            }
        }

        private String latestActual(ProgrammeChanges.Indicator indicator) {
            return indicator.periods().stream().filter(p -> p.actual() != null)
                    .max(Comparator.comparing(ProgrammeChanges.Period::end))
                    .map(p -> value(p.actual(), indicator.unit()) + " (" + dates.format(p.end()) + ")")
                    .orElse("—");
        }

        private void meetings(PdfLayout pdf) throws IOException {
            pdf.heading(t.get("briefing.section.meetings"));
            var now = time.now();
            List<MeetingListItem> last = meetings.findVisible(new MeetingFilter(null, null, now, country.code(),
                    null, null, null), PageRequest.of(0, MEETINGS), language);
            if (last.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var meeting : last) {
                pdf.bullet(times.format(LocalDateTime.ofInstant(meeting.startsAt(), PortalTime.ZONE)) + " — " + meeting.shownTitle().orEmpty()
                        + " (" + t.get("meeting-type." + meeting.type().name())
                        + (meeting.place() == null || meeting.place().isBlank() ? "" : ", " + meeting.place()) + ")");
                var decisions = meetingDecisions.decisionsOf(meeting.id(), language);
                if (decisions.isEmpty()) {
                    pdf.detail(t.get("briefing.no-decisions"));
                }
                for (var decision : decisions) {
                    pdf.detail(t.get("briefing.decision", decision.number(), decision.shownText().orEmpty()));
                }
            }
        }

        /**
         * The visits concerning the country that the reader may see, newest first: days, direction, title in her
         * language, city and host organisation (read from the visit's page record: at most {@link #VISITS}).
         */
        private void visits(PdfLayout pdf) throws IOException {
            pdf.heading(t.get("briefing.section.visits"));
            var filter = VisitFilter.ofCountry(country.code());
            var shown = visits.findVisible(filter, PageRequest.of(0, VISITS), language);
            if (shown.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var item : shown) {
                var days = item.endsOn().equals(item.startsOn()) ? dates.format(item.startsOn())
                        : dates.format(item.startsOn()) + " – " + dates.format(item.endsOn());
                pdf.bullet(days + " — " + item.shownTitle().orEmpty() + " ("
                        + t.get("visit-direction." + item.direction().name()) + ")");
                var host = visits.findVisibleById(item.id(), language).map(v -> v.hostOrganisation())
                        .map(named -> named.name()).orElse(null);
                var place = java.util.stream.Stream.of(item.city(), host).filter(p -> p != null && !p.isBlank())
                        .collect(Collectors.joining(", "));
                if (!place.isEmpty()) {
                    pdf.detail(place);
                }
            }
            more(pdf, shown.size(), VISITS, () -> visits.countVisible(filter));
        }

        private void actionItems(PdfLayout pdf, List<ActionItemView> items) throws IOException {
            pdf.heading(t.get("briefing.section.action-items"));
            if (items.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var item : items.stream().limit(ACTION_ITEMS).toList()) {
                var facts = new ArrayList<String>();
                if (item.dueOn() != null) {
                    facts.add(t.get("briefing.due", dates.format(item.dueOn()))
                            + (item.overdue() ? " — " + t.get("briefing.overdue") : ""));
                }
                facts.add(t.get("action-item-status." + item.status().name()));
                // a staff owner's name is withheld from partners (AccessPolicy): the office owns it for them
                facts.add(t.get("briefing.owner", item.ownerName() != null ? item.ownerName() : t.get("office.name")));
                pdf.bullet(item.shownTitle().orEmpty() + " (" + String.join(", ", facts) + ")");
                pdf.detail(item.meetingTitle() + (item.decisionNumber() == null ? ""
                        : ", " + t.get("action-item.field.decision") + " " + item.decisionNumber()));
            }
            more(pdf, Math.min(items.size(), ACTION_ITEMS), ACTION_ITEMS, items::size);
        }

        private void comingDates(PdfLayout pdf, List<PartnershipListItem> active, List<ActionItemView> items)
                throws IOException {
            pdf.heading(t.get("briefing.section.dates"));
            record Coming(LocalDate date, String what) {
            }
            var horizon = today.plusDays(DAYS_AHEAD);
            var coming = new ArrayList<Coming>();
            if (country.nationalDay() != null) {
                var next = nextOccurrence(country.nationalDay());
                if (!next.isAfter(horizon)) {
                    coming.add(new Coming(next, t.get("briefing.date.national-day")));
                }
            }
            for (var partnership : active) {
                var end = partnership.validUntil();
                if (end != null && !end.isBefore(today) && !end.isAfter(horizon)) {
                    coming.add(new Coming(end, t.get("briefing.date.agreement-ends", partnership.name())));
                }
            }
            for (var item : items) {
                if (item.dueOn() != null && !item.dueOn().isBefore(today) && !item.dueOn().isAfter(horizon)) {
                    coming.add(new Coming(item.dueOn(), t.get("briefing.date.action-item", item.shownTitle().orEmpty())));
                }
            }
            if (coming.isEmpty()) {
                pdf.paragraph(t.get("briefing.none"));
            }
            for (var entry : coming.stream().sorted(Comparator.comparing(Coming::date)).toList()) {
                pdf.bullet(dates.format(entry.date()) + " — " + entry.what());
            }
        }

        private LocalDate nextOccurrence(MonthDay day) {
            var thisYear = day.atYear(today.getYear());
            return thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear;
        }

        private String dayOf(MonthDay day) {
            return DateTimeFormatter.ofPattern("d MMMM", language).format(day.atYear(2000));
        }

        private String money(BigDecimal amount, String currency) {
            return numbers.format(amount) + " " + currency;
        }

        private String value(BigDecimal amount, String unit) {
            if (amount == null) {
                return "—";
            }
            return numbers.format(amount) + (unit == null || unit.isBlank() ? "" : " " + unit);
        }

        private void more(PdfLayout pdf, int shown, int limit, java.util.function.LongSupplier total)
                throws IOException {
            if (shown < limit) {
                return;
            }
            long all = total.getAsLong();
            if (all > shown) {
                pdf.small(t.get("briefing.more", all - shown));
            }
        }
    }
}
