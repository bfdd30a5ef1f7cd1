package ua.cooperation.portal.practice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A status move as an officer enters it: the target, the day it took effect (today when empty), who decided
 * (required for piloted and adopted) and the reason (required for set aside). The lengths are declared here once.
 */
public record PracticeStep(@NotNull PracticeStatus target, LocalDate effectiveOn,
                           @Size(max = PracticeStep.DECIDED_BY_MAX_LENGTH) String decidedBy,
                           @Size(max = PracticeStep.REASON_MAX_LENGTH) String reason) {

    public static final int DECIDED_BY_MAX_LENGTH = 300;
    public static final int REASON_MAX_LENGTH = 2000;
}
