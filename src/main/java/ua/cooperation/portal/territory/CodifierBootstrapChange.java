package ua.cooperation.portal.territory;

import ua.cooperation.portal.base.PortalTime;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Liquibase change that loads a codifier edition shipped in the jar (reference data for every context), so a fresh
 * database has all territorial units without anyone clicking. It runs the same parser and writer as an
 * administrator's upload ({@link CodifierImport}); there is no signed-in user here, so no role check.
 */
public class CodifierBootstrapChange implements CustomTaskChange {


    private String resource;
    private ImportReport report;

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getResource() {
        return resource;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        var in = CodifierBootstrapChange.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CustomChangeException("Codifier file not found on the class path: " + resource);
        }
        try (in) {
            var codifier = Codifier.parse(in);
            var connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            var clock = Clock.systemUTC();
            report = CodifierWriter.apply(connection, codifier, LocalDate.now(clock.withZone(PortalTime.ZONE)), clock.instant());
        } catch (Exception e) {
            throw new CustomChangeException("Could not load the codifier " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return report == null ? "no codifier loaded"
                : "codifier " + resource + ": " + report.rows() + " rows, " + report.added() + " units added in "
                + report.millis() + " ms";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        var errors = new ValidationErrors();
        if (resource == null || resource.isBlank()) {
            errors.addError("resource is required");
        }
        return errors;
    }
}
