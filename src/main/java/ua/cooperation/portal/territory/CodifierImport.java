package ua.cooperation.portal.territory;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.Role;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Imports a new edition of the KATOTTH codifier. The file is parsed and checked completely before anything is
 * written ({@link CodifierFormatException} with the line number otherwise); then all units are upserted by code in
 * one transaction. Units missing from the edition are marked withdrawn, never deleted.
 */
@Service
public class CodifierImport {

    private static final Logger log = LoggerFactory.getLogger(CodifierImport.class);

    private final DataSource dataSource;
    private final PortalTime time;

    CodifierImport(DataSource dataSource, PortalTime time) {
        this.dataSource = dataSource;
        this.time = time;
    }

    /** An administrator's upload of a codifier file (the CSV as published). */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public ImportReport importEdition(byte[] file) {
        var report = importWithoutRoleCheck(new ByteArrayInputStream(file));
        log.info("Codifier imported: {}", report);
        return report;
    }

    /** The import itself, for callers that are not a signed-in user (start-up tasks, benchmarks). */
    @Transactional
    ImportReport importWithoutRoleCheck(InputStream file) {
        var codifier = Codifier.parse(file);
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return CodifierWriter.apply(connection, codifier, time.today(), time.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the codifier: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
