package ua.cooperation.portal.programme;

import ua.cooperation.portal.security.OrganisationLink;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ua.cooperation.portal.programme.ProgrammeRows.BeneficiaryRow;
import ua.cooperation.portal.programme.ProgrammeRows.IndicatorRow;
import ua.cooperation.portal.programme.ProgrammeRows.ParticipantRow;
import ua.cooperation.portal.programme.ProgrammeRows.PeriodRow;
import ua.cooperation.portal.programme.ProgrammeRows.SectorRow;
import ua.cooperation.portal.programme.ProgrammeRows.TransactionRow;

/**
 * A programme in the vocabulary of the IATI activity standard 2.03: what is funded, for whom, by whom and with which
 * results. Partner countries are a collection (a programme may concern several); the liaison rule reaches them with
 * {@link ua.cooperation.portal.security.CountryScope#sharedAnyCountryIn}. The approval state moves only through
 * {@link ProgrammeApprovalService}, which writes a {@link ProgrammeApprovalStep} for every move. Child lists (sectors,
 * organisations, transactions, indicators and their periods, beneficiary counts) are ordered element collections, so
 * Envers keeps their history with the programme.
 */
@Entity
@Audited
@Table(name = "programme")
public class Programme {

    public static final String IDENTIFIER_PATTERN = "^[A-Za-z0-9\\-._/]+$";
    public static final int IDENTIFIER_MAX_LENGTH = 100;
    public static final int TITLE_MAX_LENGTH = 300;
    public static final int SUMMARY_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = IDENTIFIER_MAX_LENGTH, unique = true)
    private String identifier;

    // the originals, as written (in Ukrainian unless content_original_language says otherwise); their translations
    // are rows of content_translation (ADR 0040, ProgrammeTextOwner)
    @Column(name = "title", length = TITLE_MAX_LENGTH)
    private String title;
    @Column(name = "summary", length = SUMMARY_MAX_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_status", nullable = false, length = 20)
    private ActivityStatus activityStatus = ActivityStatus.PIPELINE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalState approval = ApprovalState.DRAFT;

    @Column(name = "planned_start")
    private LocalDate plannedStart;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(name = "actual_start")
    private LocalDate actualStart;
    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_country", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countryCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_target_group", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 30)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_support_area", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "support_area", nullable = false, length = 30)
    private Set<SupportArea> supportAreas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_partnership", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "partnership_id", nullable = false)
    private Set<Long> partnershipIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_sector", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<SectorRow> sectors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_participant", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<ParticipantRow> participants = new ArrayList<>();

    /** Where a programme names organisations: its participants (for a guest bound to one, ADR 0042). */
    static final OrganisationLink<Programme> ORGANISATIONS = OrganisationLink.inCollection("participants", "organisationId");

    @Column(name = "budget_amount", precision = 19, scale = 2)
    private BigDecimal budgetAmount;
    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;
    @Column(name = "budget_start")
    private LocalDate budgetStart;
    @Column(name = "budget_end")
    private LocalDate budgetEnd;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_transaction", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<TransactionRow> transactions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_indicator", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<IndicatorRow> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_indicator_period", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<PeriodRow> periods = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_beneficiary", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "item_no")
    private List<BeneficiaryRow> beneficiaries = new ArrayList<>();

    @Column(name = "shared_with_partners", nullable = false)
    private boolean sharedWithPartners;

    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    // The list's sort key: the original title, else the identifier, generated by the database (Liquibase 1010,
    // ADR 0025) and indexed with the id so that a list page reads the index in order and stops.
    @NotAudited
    @Column(name = "sort_title", length = 300, insertable = false, updatable = false)
    private String sortTitle;

    protected Programme() {
    }

    static Programme draft() {
        return new Programme();
    }

    void apply(ProgrammeChanges c, String username, Instant now) {
        identifier = c.identifier().strip();
        title = blankToNull(c.title());
        summary = blankToNull(c.summary());
        activityStatus = c.activityStatus();
        plannedStart = c.plannedStart();
        plannedEnd = c.plannedEnd();
        actualStart = c.actualStart();
        actualEnd = c.actualEnd();
        replace(countryCodes, c.countryCodes());
        replace(targetGroups, c.targetGroups());
        replace(supportAreas, c.supportAreas());
        replace(partnershipIds, c.partnershipIds());
        sectors.clear();
        c.sectors().forEach(s -> sectors.add(new SectorRow(s.sector(), s.percentage())));
        participants.clear();
        c.participants().forEach(p -> participants.add(new ParticipantRow(p.organisationId(), p.role())));
        budgetAmount = c.budgetAmount() == null ? null : c.budgetAmount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        budgetCurrency = c.budgetCurrency();
        budgetStart = c.budgetStart();
        budgetEnd = c.budgetEnd();
        transactions.clear();
        c.transactions().forEach(t -> transactions.add(new TransactionRow(t.type(), t.date(),
                t.amount().setScale(2, java.math.RoundingMode.UNNECESSARY), t.currency(), t.providerOrganisationId(),
                t.receiverOrganisationId())));
        var keys = indicatorKeys(c.indicators());
        indicators.clear();
        periods.clear();
        for (int i = 0; i < c.indicators().size(); i++) {
            var indicator = c.indicators().get(i);
            indicators.add(new IndicatorRow(keys.get(i), indicator.title().strip(), blankToNull(indicator.unit()),
                    indicator.baselineValue(), indicator.baselineYear(), indicator.target()));
            for (var period : indicator.periods()) {
                periods.add(new PeriodRow(i, period.start(), period.end(), period.target(), period.actual()));
            }
        }
        beneficiaries.clear();
        c.beneficiaries().forEach(b -> beneficiaries.add(new BeneficiaryRow(b.targetGroup(), b.count())));
        sharedWithPartners = c.sharedWithPartners();
        touched(username, now);
    }

    /**
     * The keys of the entered indicators: a stored indicator keeps its key wherever it now stands; a new one (no key,
     * a key this programme does not have, or one already taken in the list) gets the next after the highest stored.
     */
    private List<Integer> indicatorKeys(List<ProgrammeChanges.Indicator> entered) {
        var stored = new HashSet<Integer>();
        indicators.forEach(row -> stored.add(row.key));
        int next = stored.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        var taken = new HashSet<Integer>();
        var keys = new ArrayList<Integer>();
        for (var indicator : entered) {
            var key = indicator.key();
            if (key == null || !stored.contains(key) || !taken.add(key)) {
                key = next++;
                taken.add(key);
            }
            keys.add(key);
        }
        return keys;
    }

    void moveTo(ApprovalState target, String username, Instant now) {
        approval = target;
        touched(username, now);
    }

    private void touched(String username, Instant now) {
        updatedBy = username;
        updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The programme's input as it is stored, for comparing key fields and for the form. */
    ProgrammeChanges toChanges() {
        var indicatorList = new ArrayList<ProgrammeChanges.Indicator>();
        for (int i = 0; i < indicators.size(); i++) {
            int index = i;
            var row = indicators.get(i);
            indicatorList.add(new ProgrammeChanges.Indicator(row.key, row.title, row.unit, row.baselineValue,
                    row.baselineYear, row.target, periods.stream().filter(p -> p.indicatorIndex == index)
                    .map(p -> new ProgrammeChanges.Period(p.start, p.end, p.target, p.actual)).toList()));
        }
        return new ProgrammeChanges(id, version, identifier, title, summary, activityStatus, plannedStart, plannedEnd, actualStart, actualEnd, Set.copyOf(countryCodes),
                Set.copyOf(targetGroups), Set.copyOf(supportAreas), Set.copyOf(partnershipIds),
                sectors.stream().map(s -> new ProgrammeChanges.SectorShare(s.sector, s.percentage)).toList(),
                participants.stream().map(p -> new ProgrammeChanges.Participant(p.organisationId, p.role)).toList(),
                budgetAmount, budgetCurrency, budgetStart, budgetEnd,
                transactions.stream().map(t -> new ProgrammeChanges.Transaction(t.type, t.date, t.amount, t.currency,
                        t.providerOrganisationId, t.receiverOrganisationId)).toList(),
                indicatorList,
                beneficiaries.stream().map(b -> new ProgrammeChanges.BeneficiaryCount(b.targetGroup, b.count))
                        .toList(),
                sharedWithPartners);
    }

    /** The indicators' titles (originals) by key, in the list's order. */
    java.util.SequencedMap<Integer, String> indicatorTitles() {
        var titles = new java.util.LinkedHashMap<Integer, String>();
        indicators.forEach(row -> titles.put(row.key, row.title));
        return titles;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getIdentifier() {
        return identifier;
    }

    /** The original title (in the programme's original language), or null. */
    public String getTitle() {
        return title;
    }

    /** The original summary, or null. */
    public String getSummary() {
        return summary;
    }

    public ActivityStatus getActivityStatus() {
        return activityStatus;
    }

    public ApprovalState getApproval() {
        return approval;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public Set<String> getCountryCodes() {
        return Set.copyOf(countryCodes);
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The organisations taking part (any role), for the scope of a guest bound to an organisation. */
    public Set<Long> participantOrganisationIds() {
        var ids = new HashSet<Long>();
        participants.forEach(p -> ids.add(p.organisationId));
        return ids;
    }
}
