package ua.cooperation.portal.territory;

/**
 * A unit as a picker offers it: its names and the raion and oblast it lies in ({@code null} where there is none,
 * e.g. for an oblast itself or a district of Kyiv).
 */
public record AdminUnitOption(String code, String name, String nameLatin, UnitCategory category, UnitLevel level,
                              String raionName, String oblastName) {
}
