package ua.cooperation.portal.territory;

import java.time.LocalDate;

/** One row of the administrators' list of units, withdrawn ones included. */
public record AdminUnitRow(String code, String name, String nameLatin, UnitCategory category, UnitLevel level,
                           String parentName, boolean withdrawn, LocalDate withdrawnOn) {
}
