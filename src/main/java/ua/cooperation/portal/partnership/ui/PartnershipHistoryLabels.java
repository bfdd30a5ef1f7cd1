package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.partnership.PartnershipKind;

/** The message keys that name a partnership's fields on its page and in its history. */
final class PartnershipHistoryLabels {

    private PartnershipHistoryLabels() {
    }

    /** The label of the Ukrainian side: a hromada, or the Ukrainian institution of an institutional partnership. */
    static String ukrainianKey(PartnershipKind kind) {
        return kind == PartnershipKind.INSTITUTIONAL ? "partnership.field.ukrainian-organisation"
                : "partnership.field.ukrainian";
    }

    /** The label of an audited field of {@code Partnership}, as the history lists its changes. */
    static String key(String field) {
        return switch (field) {
            case "kind" -> "partnership.field.kind";
            case "ukrainianMunicipality" -> "partnership.field.ukrainian";
            case "ukrainianOrganisation" -> "partnership.field.ukrainian-organisation";
            case "partnerMunicipality" -> "partnership.field.partner-municipality";
            case "partnerOrganisation" -> "partnership.field.partner-organisation";
            case "countryCode" -> "registry.field.country";
            case "type" -> "partnership.field.type";
            case "status" -> "partnership.field.status";
            case "awaitingConfirmation" -> "partnership.awaiting-confirmation";
            case "areas" -> "partnership.field.areas";
            case "ukrainianFocalPerson" -> "partnership.field.ukrainian-focal";
            case "partnerFocalPerson" -> "partnership.field.partner-focal";
            case "signedOn" -> "partnership.field.signed-on";
            case "validUntil" -> "partnership.field.valid-until";
            case "notes" -> "partnership.field.notes";
            case "description" -> "partnership.field.description";
            default -> "partnership.field.shared";
        };
    }
}
