package ua.cooperation.portal.benchmark;

import ua.cooperation.portal.base.PortalTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonListItem;
import ua.cooperation.portal.registry.PersonService;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * XLSX exports on the large data set through the code the lists' export buttons run ({@link ListExport#writeRows}
 * with the list's ordered ids and its rows by chunks of ids, ADR 0024): the people list (100,000 generated people and
 * the demo ones) and about 103,000 meetings (sixteen months of the million). Measures the time and the heap: used heap after a full GC before and after (what the export keeps),
 * and the peak of used heap sampled every 10 ms while it runs (garbage included, so an upper bound of what it needs).
 * Run with the other data-set benchmarks:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=ExportBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
// the data set builds on the demo users and records (the demo officer, liaisons and administrator)
@ActiveProfiles("demo")
class ExportBenchmark {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ListExport export;

    @Autowired
    PersonService people;

    @Autowired
    MeetingService meetings;

    @Test
    void xlsx_export_of_the_people_list() throws Exception {
        List<ExportColumn<PersonListItem>> columns = List.of(
                new ExportColumn<>("Ім'я", PersonListItem::fullName),
                new ExportColumn<>("Латиницею", PersonListItem::latinName),
                new ExportColumn<>("Країна", item -> CountryNames.displayName(item.countryCode(), UK)));
        try (var ignored = as("officer")) {
            // what the people list's XLSX link runs (PersonListView): its ordered ids, then rows by chunks of ids
            measure("the people list", columns, () -> ExportRows.byIds(
                    () -> people.findVisibleIds(PersonFilter.none(), Sort.unsorted()),
                    people::findVisibleByIds, PersonListItem::id), 100_000);
        }
    }

    @Test
    void xlsx_export_of_the_meetings_of_sixteen_months() throws Exception {
        // about 103,000 of the million meetings: 2020 and the first four months of 2021, newest first
        var filter = MeetingFilter.period(LocalDate.of(2020, 1, 1).atStartOfDay(PortalTime.ZONE).toInstant(),
                LocalDate.of(2021, 5, 1).atStartOfDay(PortalTime.ZONE).toInstant());
        List<ExportColumn<MeetingListItem>> columns = List.of(
                new ExportColumn<>("Початок", item -> LocalDateTime.ofInstant(item.startsAt(), PortalTime.ZONE)),
                new ExportColumn<>("Тип", item -> item.type().name()),
                new ExportColumn<>("Назва", MeetingListItem::title),
                new ExportColumn<>("Країни", item -> String.join("; ", new TreeSet<>(item.countryCodes()))));
        try (var ignored = as("officer")) {
            measure("the meetings of 2020-01-01 to 2021-04-30", columns, () -> ExportRows.byIds(
                    () -> meetings.findVisibleIds(filter, Sort.unsorted()), meetings::findVisibleByIds,
                    MeetingListItem::id), 100_000);
        }
    }

    private <T> void measure(String what, List<ExportColumn<T>> columns, Supplier<ExportRows<T>> rowsOf,
                             long atLeast) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int round = 1; round <= 3; round++) {
            long before = usedAfterGc();
            var peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            var out = new CountingStream();
            long started = System.nanoTime();
            long rows = export.writeRows("export", ExportFormat.XLSX, columns, rowsOf.get(), out, written -> { });
            long millis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            long after = usedAfterGc();
            System.out.printf("[benchmark] XLSX export of %s, round %d: %,d rows, %,d bytes in "
                            + "%,d ms; heap after GC %d MB before, %d MB after (growth %+d MB); peak used %d MB "
                            + "(%+d MB over the start, garbage included); max heap %d MB; load average %s%n", what,
                    round, rows, out.count, millis, before >> 20, after >> 20, (after - before) >> 20,
                    peak.get() >> 20, (peak.get() - before) >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    loadAverage());
            assertThat(rows).isGreaterThanOrEqualTo(atLeast);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Discards what is written, counting the bytes: the download's network side is not measured. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
