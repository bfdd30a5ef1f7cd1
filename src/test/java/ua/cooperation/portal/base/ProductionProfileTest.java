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

/**
 * The production profile builds the schema and reference data from the same changelogs, but never the demo users
 * or demo records.
 */
class ProductionProfileTest {

    @Test
    void the_mariadb_profile_loads_reference_data_but_no_demo_data() throws Exception {
        var profile = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mariadb.properties"));
        var defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        var contexts = profile.getProperty("spring.liquibase.contexts");
        assertThat(contexts).as("the production profile names its Liquibase context").isEqualTo("production");

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
    }
}
