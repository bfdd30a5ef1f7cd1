package ua.cooperation.portal.programme;

/**
 * What the programmes list is narrowed to; every part is optional. {@code text} matches the identifier and the title
 * in any language.
 */
public record ProgrammeFilter(String text, String countryCode, ActivityStatus activityStatus, ApprovalState approval,
                              Sector sector, TargetGroup targetGroup) {

    public static ProgrammeFilter none() {
        return new ProgrammeFilter(null, null, null, null, null, null);
    }

    public static ProgrammeFilter awaitingApproval() {
        return new ProgrammeFilter(null, null, null, ApprovalState.SUBMITTED, null, null);
    }
}
