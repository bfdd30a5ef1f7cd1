package ua.cooperation.portal.partnership;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void health_follows_the_last_contact_with_six_and_twelve_month_edges() {
        assertThat(PartnershipHealth.of(PartnershipStatus.ACTIVE, TODAY.minusMonths(6).plusDays(1), TODAY))
                .isEqualTo(PartnershipHealth.ACTIVE);
        assertThat(PartnershipHealth.of(PartnershipStatus.ACTIVE, TODAY.minusMonths(6), TODAY))
                .isEqualTo(PartnershipHealth.QUIET_6_MONTHS);
        assertThat(PartnershipHealth.of(PartnershipStatus.DORMANT, TODAY.minusMonths(12).plusDays(1), TODAY))
                .isEqualTo(PartnershipHealth.QUIET_6_MONTHS);
        assertThat(PartnershipHealth.of(PartnershipStatus.SIGNED, TODAY.minusMonths(12), TODAY))
                .isEqualTo(PartnershipHealth.QUIET_12_MONTHS);
        assertThat(PartnershipHealth.of(PartnershipStatus.TERMINATED, TODAY, TODAY)).isEqualTo(PartnershipHealth.NONE);
        assertThat(PartnershipHealth.of(PartnershipStatus.PROPOSED, null, TODAY)).isEqualTo(PartnershipHealth.NONE);
    }

    @Test
    void signed_is_reached_only_before_signing_and_terminated_is_final() {
        assertThat(PartnershipStatus.PROPOSED.mayMoveTo(PartnershipStatus.ACTIVE)).isFalse();
        assertThat(PartnershipStatus.NEGOTIATING.mayMoveTo(PartnershipStatus.SIGNED)).isTrue();
        assertThat(PartnershipStatus.ACTIVE.mayMoveTo(PartnershipStatus.SIGNED)).isFalse();
        assertThat(PartnershipStatus.TERMINATED.next()).isEmpty();
    }
}
