package ua.cooperation.portal.meeting;

import java.time.LocalDate;

/**
 * The addresses of the meeting pages, in one place: the list's route and query parameters, the calendar and a
 * meeting's page. Other features link here (reminders, dashboards, the registry, partnerships, programmes and
 * countries), so the strings are not rebuilt by hand in each.
 */
public final class MeetingLinks {

    /** The list's route; a meeting's page is {@code meetings/<id>}. */
    public static final String ROUTE = "meetings";
    public static final String CALENDAR_ROUTE = ROUTE + "/calendar";
    /** The action items of every owner (staff). */
    public static final String ACTION_ITEMS_ROUTE = "action-items";
    /** The decision register: the decisions of every meeting the reader may see. */
    public static final String DECISIONS_ROUTE = "decisions";
    public static final String QUERY_COUNTRY = "country";
    public static final String QUERY_AREA = "area";
    public static final String QUERY_TARGET_GROUP = "group";
    public static final String QUERY_FOLLOW_UP = "followup";
    public static final String QUERY_TEXT = "q";
    public static final String QUERY_ORGANISATION = "organisation";
    public static final String QUERY_PARTNERSHIP = "partnership";
    public static final String QUERY_PROGRAMME = "programme";
    public static final String QUERY_PERSON = "person";
    public static final String QUERY_FROM = "from";
    public static final String QUERY_TO = "to";
    public static final String QUERY_TYPE = "type";

    private MeetingLinks() {
    }

    /** One meeting's page. */
    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The list of the meetings that concern a country. */
    public static String ofCountry(String countryCode) {
        return ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }

    /** The list of the meetings with an organisation. */
    public static String ofOrganisation(long organisationId) {
        return ROUTE + "?" + QUERY_ORGANISATION + "=" + organisationId;
    }

    /** The list of the meetings linked to a partnership. */
    public static String ofPartnership(long partnershipId) {
        return ROUTE + "?" + QUERY_PARTNERSHIP + "=" + partnershipId;
    }

    /** The list of the meetings linked to a programme. */
    public static String ofProgramme(long programmeId) {
        return ROUTE + "?" + QUERY_PROGRAMME + "=" + programmeId;
    }

    /** The list of the meetings a registry person took part in. */
    public static String ofParticipant(long personId) {
        return ROUTE + "?" + QUERY_PERSON + "=" + personId;
    }

    /** The list of the meetings of a period of Kyiv days (both included), of one type unless {@code type} is null. */
    public static String inPeriod(LocalDate from, LocalDate to, MeetingType type) {
        return ROUTE + "?" + QUERY_FROM + "=" + from + "&" + QUERY_TO + "=" + to
                + (type == null ? "" : "&" + QUERY_TYPE + "=" + type.name());
    }

    /** The decision register of a country's meetings. */
    public static String decisionsOfCountry(String countryCode) {
        return DECISIONS_ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }

    /** The decision register narrowed to a cooperation area. */
    public static String decisionsOfArea(String area) {
        return DECISIONS_ROUTE + "?" + QUERY_AREA + "=" + area;
    }

    /** The meetings list narrowed to a cooperation area. */
    public static String ofArea(String area) {
        return ROUTE + "?" + QUERY_AREA + "=" + area;
    }

    /** The meetings list narrowed to a target group. */
    public static String ofTargetGroup(String targetGroup) {
        return ROUTE + "?" + QUERY_TARGET_GROUP + "=" + targetGroup;
    }

    /** The action items list (every owner), of one owner ({@code user:7} or {@code person:3}), overdue only. */
    public static String overdueActionItemsOf(String ownerParameter) {
        return ACTION_ITEMS_ROUTE + "?owner=" + ownerParameter + "&overdue=true";
    }
}
