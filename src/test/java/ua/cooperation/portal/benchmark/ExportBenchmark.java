package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.export.ExportColumn;
import ua.cooperation.portal.export.ExportFormat;
import ua.cooperation.portal.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonListItem;
import ua.cooperation.portal.registry.PersonService;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * XLSX export of the people list on the large data set (100,000 generated people and the demo ones), through the code
 * the list's export button runs: {@link ListExport#write} with the list's columns and its own scoped service call,
 * page by page. Measures the time and the heap: used heap after a full GC before and after (what the export keeps),
 * and the peak of used heap sampled every 10 ms while it runs (garbage included, so an upper bound of what it needs).
 * Run with the other data-set benchmarks:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=ExportBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
class ExportBenchmark {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ListExport export;

    @Autowired
    PersonService people;

    @Test
    void xlsx_export_of_the_people_list() throws Exception {
        List<ExportColumn<PersonListItem>> columns = List.of(
                new ExportColumn<>("Ім'я", PersonListItem::fullName),
                new ExportColumn<>("Латиницею", PersonListItem::latinName),
                new ExportColumn<>("Країна", item -> CountryNames.displayName(item.countryCode(), UK)));
        var memory = ManagementFactory.getMemoryMXBean();
        try (var ignored = as("officer")) {
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
                // what the people list's XLSX link runs (PersonListView): its ordered ids, then rows by chunks of ids
                long rows = export.writeRows("people", ExportFormat.XLSX, columns, ExportRows.byIds(
                        () -> people.findVisibleIds(PersonFilter.none(), Sort.unsorted()),
                        people::findVisibleByIds, PersonListItem::id), out, written -> { });
                long millis = (System.nanoTime() - started) / 1_000_000;
                sampler.interrupt();
                sampler.join();
                long after = usedAfterGc();
                System.out.printf("[benchmark] XLSX export of the people list, round %d: %,d rows, %,d bytes in "
                                + "%,d ms; heap after GC %d MB before, %d MB after (growth %+d MB); peak used %d MB "
                                + "(%+d MB over the start, garbage included); max heap %d MB%n", round, rows,
                        out.count, millis, before >> 20, after >> 20, (after - before) >> 20, peak.get() >> 20,
                        (peak.get() - before) >> 20, Runtime.getRuntime().maxMemory() >> 20);
                assertThat(rows).isGreaterThanOrEqualTo(100_000);
            }
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
