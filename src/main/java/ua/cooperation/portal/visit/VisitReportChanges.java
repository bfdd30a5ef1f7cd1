package ua.cooperation.portal.visit;

import jakarta.validation.constraints.Size;

/** The post-visit report's text as an officer enters it, on the visit's version. */
public record VisitReportChanges(long visitId, long version, @Size(max = Visit.REPORT_MAX_LENGTH) String text) {
}
