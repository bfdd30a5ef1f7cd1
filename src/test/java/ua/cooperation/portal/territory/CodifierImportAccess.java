package ua.cooperation.portal.territory;

import java.io.InputStream;

/** Lets tests outside the package run the import without a signed-in user (as the Liquibase bootstrap does). */
public final class CodifierImportAccess {

    private CodifierImportAccess() {
    }

    public static ImportReport importWithoutRoleCheck(CodifierImport codifierImport, InputStream file) {
        return codifierImport.importWithoutRoleCheck(file);
    }
}
