package ua.cooperation.portal.resilience;

import org.springframework.boot.SpringApplication;
import ua.cooperation.portal.Application;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.testsupport.SignedIn;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The child process of {@link KillDuringSavesTest}: the real application (its Spring context, services, Liquibase,
 * connection pool) on the database given as the first argument, saving programmes with many child rows and documents
 * of several chunks, as fast as it can, until it is killed. It writes {@code BEGIN <identifier>} before and
 * {@code SAVED <identifier>} after each save to standard output, so the test knows what was committed and what was in
 * flight when the kill came. The expected child rows are written into the identifier, so that the test can check every
 * record against itself.
 */
public final class SaveLoop {

    static final String PREFIX = "UA-KILL-";
    static final String READY = "READY";

    private SaveLoop() {
    }

    public static void main(String[] args) {
        var url = args[0];
        var context = new SpringApplication(Application.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv("KILL_TEST_DB_USER"),
                "--spring.datasource.password=" + System.getenv("KILL_TEST_DB_PASSWORD"),
                // the demo data: the loop saves as the demo officer, with the demo organisations
                "--spring.profiles.active=demo",
                "--server.port=0",
                "--portal.reminders.digest-cron=-",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        var programmes = context.getBean(ProgrammeService.class);
        var documents = context.getBean(DocumentService.class);
        var random = new Random(Long.parseLong(args[1]));
        SignedIn.as("officer");
        System.out.println(READY);
        System.out.flush();
        for (int n = 1; ; n++) {
            var changes = programme(n, random);
            say("BEGIN " + changes.identifier());
            var saved = programmes.create(changes, Locale.ENGLISH);
            say("SAVED " + changes.identifier());
            if (n % 3 == 0) {
                // a document of 1-3 chunks (1 MiB each), stored with its record in one transaction
                var content = pdf(1_000_000 + random.nextInt(2_000_000), random);
                say("BEGIN document of " + changes.identifier() + " " + content.length);
                documents.upload(new NewDocument(DocumentOwnerKind.PROGRAMME, saved.id(), DocumentType.REPORT, "en",
                        "Kill test " + n, false, "kill-" + n + ".pdf"), content);
                say("SAVED document of " + changes.identifier() + " " + content.length);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** A programme with 1-10 sectors, 5-40 transactions, 1-5 indicators of 0-4 periods, 1-3 countries. */
    static ProgrammeChanges programme(int n, Random random) {
        var sectorValues = Sector.values();
        var sectorCount = 1 + random.nextInt(Math.min(10, sectorValues.length));
        var sectors = new ArrayList<ProgrammeChanges.SectorShare>();
        var left = 100;
        for (int i = 0; i < sectorCount; i++) {
            var share = i == sectorCount - 1 ? left : 1 + random.nextInt(left - (sectorCount - i - 1));
            share = Math.min(share, left - (sectorCount - i - 1));
            sectors.add(new ProgrammeChanges.SectorShare(sectorValues[i], share));
            left -= share;
        }
        var transactions = new ArrayList<ProgrammeChanges.Transaction>();
        for (int i = 5 + random.nextInt(36); i > 0; i--) {
            transactions.add(new ProgrammeChanges.Transaction(i % 2 == 0 ? TransactionType.COMMITMENT
                    : TransactionType.DISBURSEMENT, LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    BigDecimal.valueOf(random.nextInt(10_000_000), 2), "EUR", null, null));
        }
        var indicators = new ArrayList<ProgrammeChanges.Indicator>();
        var periods = 0;
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            var list = new ArrayList<ProgrammeChanges.Period>();
            for (int p = random.nextInt(5); p > 0; p--) {
                list.add(new ProgrammeChanges.Period(LocalDate.of(2026, p, 1), LocalDate.of(2026, p, 28),
                        BigDecimal.TEN, BigDecimal.ONE));
            }
            periods += list.size();
            indicators.add(new ProgrammeChanges.Indicator("Indicator " + i, "people", BigDecimal.ZERO, 2025,
                    BigDecimal.valueOf(100), list));
        }
        var countries = List.of("LT", "PL", "DE").subList(0, 1 + random.nextInt(3));
        var identifier = PREFIX + n + "-S" + sectors.size() + "-T" + transactions.size() + "-I" + indicators.size()
                + "-P" + periods + "-C" + countries.size();
        return new ProgrammeChanges(null, 0, identifier, "Програма " + n, "Опис", ActivityStatus.IMPLEMENTATION, null, null, null, null, Set.copyOf(countries), Set.of(), Set.of(),
                Set.of(), sectors, List.of(), new BigDecimal("1000.00"), "EUR", null, null, transactions, indicators,
                List.of(), false);
    }

    private static byte[] pdf(int size, Random random) {
        var body = new byte[size];
        random.nextBytes(body);
        var out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n1 0 obj<<>>stream\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes("\nendstream endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
