package ua.cooperation.portal.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points a Spring test context at the database {@link TestDatabase} chose (a fresh {@code portal_test}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * The partner write limit in tests: far above what the suite writes as one liaison within the window, low enough
     * that a test of the limit fills it in a moment.
     */
    public static final int PARTNER_WRITE_LIMIT = 400;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var db = TestDatabase.prepare("portal_test");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("portal-test-database", Map.of(
                // through a proxy that the outage tests cut and restore (DatabaseProxy); unchanged on H2
                "spring.datasource.url", DatabaseProxy.routeTestContext(db.url()),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                // mail goes to the in-process SMTP server of the digest test; the daily digest never runs by itself
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", Integer.toString(TestMail.SMTP_PORT),
                "portal.reminders.digest-cron", "-",
                // the notifications' mail job is run by hand in the tests that send
                "portal.notifications.mail-job", "false",
                // the tests write as the demo liaisons far more often than a person would (the hostile-input tests
                // alone propose dozens of meetings); the tests of the limit read it (PARTNER_WRITE_LIMIT)
                "portal.partners.write-limit", Integer.toString(PARTNER_WRITE_LIMIT))));
    }
}
