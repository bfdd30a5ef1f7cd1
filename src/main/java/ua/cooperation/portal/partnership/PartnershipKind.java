package ua.cooperation.portal.partnership;

/**
 * Who works together on the Ukrainian side: a hromada twinned with a partner municipality or organisation
 * (MUNICIPAL, inter-municipal twinning), or a Ukrainian institution of the registry (a school, a hospital) with a
 * partner organisation (INSTITUTIONAL). Both share the lifecycle, documents, health and scope.
 */
public enum PartnershipKind {
    MUNICIPAL,
    INSTITUTIONAL
}
