package ua.cooperation.portal.base;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ua.cooperation.portal.testsupport.TestDatabase;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start without the demo profile (the default, and the production profile) builds the schema and reference data from
 * the same changelogs, but never the demo users or demo records; and a database made that way refuses them later
 * (ADR 0036).
 */
class ProductionProfileTest {

    @Test
    void the_mariadb_profile_loads_reference_data_but_no_demo_data() throws Exception {
        var profile = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mariadb.properties"));
        var defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        var demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
        var contexts = profile.getProperty("spring.liquibase.contexts");
        assertThat(contexts).as("the production profile names its Liquibase context").isEqualTo("production");
        assertThat(defaults.getProperty("spring.liquibase.contexts")).as("a start without profiles, e.g. java -jar")
                .isEqualTo("production");
        assertThat(demo.getProperty("spring.liquibase.contexts")).isEqualTo("demo");

        var db = TestDatabase.prepare("portal_production_check");
        var dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(defaults.getProperty("spring.liquibase.change-log"));
        liquibase.setContexts(contexts);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();

        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from country where partner_status <> 'OTHER' or notes is not null",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from country", Long.class))
                .isEqualTo(Locale.getISOCountries().length);

        // the same database started later with the demo profile (./mvnw on the data folder of a java -jar start):
        // stopped before any demo change set, with a message that says why
        var withDemo = new SpringLiquibase();
        withDemo.setDataSource(dataSource);
        withDemo.setChangeLog(defaults.getProperty("spring.liquibase.change-log"));
        withDemo.setContexts(demo.getProperty("spring.liquibase.contexts"));
        withDemo.setResourceLoader(new DefaultResourceLoader());
        assertThatThrownBy(withDemo::afterPropertiesSet).as("what the failed start prints")
                .hasMessageContaining("This database was created without demo data");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG where ID like '09__-demo%'",
                Long.class)).isZero();
    }
}
