package ua.cooperation.portal.notification;

import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.programme.TransactionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Records the notification tests create: a complete programme of the given countries that may be submitted. */
public final class TestNotifications {

    /** Demo accounts (db/changelog/demo/0900-demo-users.yaml). */
    public static final long ADMIN = 1;
    public static final long OFFICER = 2;
    public static final long HEAD = 3;
    public static final long LIAISON_LT = 4;
    public static final long LIAISON_PL = 5;
    private static final long LT_MINISTRY = 2;
    private static final long LUHANSK_RMA = 5;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestNotifications() {
    }

    public static ProgrammeChanges programme(Set<String> countries, boolean shared) {
        return new ProgrammeChanges(null, 0, "UA-NOTIFY-" + System.nanoTime() + "-" + NEXT.incrementAndGet(),
                "Табір для дітей (сповіщення)", "Оздоровлення дітей",
                ActivityStatus.PIPELINE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), null, null,
                countries, Set.of(TargetGroup.CHILDREN), Set.of(SupportArea.RECREATION), Set.of(1L),
                List.of(new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 80),
                        new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 20)),
                List.of(new ProgrammeChanges.Participant(LT_MINISTRY, OrganisationRole.FUNDING),
                        new ProgrammeChanges.Participant(LUHANSK_RMA, OrganisationRole.IMPLEMENTING)),
                new BigDecimal("50000.00"), "EUR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new ProgrammeChanges.Transaction(TransactionType.COMMITMENT, LocalDate.of(2026, 2, 1),
                        new BigDecimal("50000.00"), "EUR", LT_MINISTRY, LUHANSK_RMA)),
                List.of(new ProgrammeChanges.Indicator("Діти в таборі", "дітей", BigDecimal.ZERO, 2025,
                        new BigDecimal("100"), List.of(new ProgrammeChanges.Period(LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 8, 31), new BigDecimal("100"), null)))),
                List.of(new ProgrammeChanges.BeneficiaryCount(TargetGroup.CHILDREN, 0)), shared);
    }

    /** The same programme input with another sharing and version (records have no withers). */
    public static ProgrammeChanges withSharing(ProgrammeChanges c, long id, long version, boolean shared) {
        return new ProgrammeChanges(id, version, c.identifier(), c.title(), c.summary(), c.activityStatus(),
                c.plannedStart(), c.plannedEnd(), c.actualStart(), c.actualEnd(), c.countryCodes(), c.targetGroups(),
                c.supportAreas(), c.partnershipIds(), c.sectors(), c.participants(), c.budgetAmount(),
                c.budgetCurrency(), c.budgetStart(), c.budgetEnd(), c.transactions(), c.indicators(),
                c.beneficiaries(), shared);
    }
}
