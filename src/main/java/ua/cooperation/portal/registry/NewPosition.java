package ua.cooperation.portal.registry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A post to record: who, where, which title, from when and (optionally) until when; "to" is not before "from". */
public record NewPosition(
        @NotNull Long personId,
        @NotNull Long organisationId,
        @NotBlank @Size(max = Position.TITLE_MAX_LENGTH) String title,
        @NotNull LocalDate fromDate,
        LocalDate toDate) {

    @AssertTrue(message = "the end date is before the start date")
    public boolean isPeriodInOrder() {
        return fromDate == null || toDate == null || !toDate.isBefore(fromDate);
    }
}
