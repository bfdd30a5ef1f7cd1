package ua.cooperation.portal.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application context on the test database (MariaDB when available, see
 * {@link TestDatabase}), with Liquibase building the schema and the demo data, served on a random port, under the
 * {@code demo} profile that the suite's demo users rely on (officers sign in without a second factor).
 * <p>
 * All Spring tests use this one annotation so that they share one application context: Vaadin installs its own
 * {@code SecurityContextHolderStrategy} per context, and a second context would leave the first one's method
 * security reading a different holder than the tests write to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
