package ua.cooperation.portal.country;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.util.Locale;

/**
 * Liquibase change that loads every ISO 3166-1 country the JDK knows, with its names in Ukrainian, English and
 * Lithuanian from the JDK's CLDR data, so that no one types (or mistypes) 249 country names.
 */
public class IsoCountriesChange implements CustomTaskChange {

    private int inserted;

    @Override
    public void execute(Database database) throws CustomChangeException {
        var connection = (JdbcConnection) database.getConnection();
        var sql = "INSERT INTO country (code, version, name_uk, name_en, name_lt, partner_status) "
                + "VALUES (?, 0, ?, ?, ?, 'OTHER')";
        try (var insert = connection.prepareStatement(sql)) {
            for (var code : Locale.getISOCountries()) {
                insert.setString(1, code);
                insert.setString(2, CountryNames.displayName(code, CountryNames.UKRAINIAN));
                insert.setString(3, CountryNames.displayName(code, Locale.ENGLISH));
                insert.setString(4, CountryNames.displayName(code, CountryNames.LITHUANIAN));
                insert.addBatch();
                inserted++;
            }
            insert.executeBatch();
        } catch (Exception e) {
            throw new CustomChangeException("Could not load the ISO country list", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return inserted + " countries loaded";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
