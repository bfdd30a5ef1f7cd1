package ua.cooperation.portal.proposal;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** One period a partner offers for the meeting or visit (start and end, instants shown in the office's zone). */
public record DateOption(@NotNull Instant startsAt, @NotNull Instant endsAt) {
}
