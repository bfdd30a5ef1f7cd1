package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.audit.ui.SecurityEventsView;
import ua.cooperation.portal.dashboard.ui.HomeView;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.ui.MeetingListView;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Method security applies to services, not to views ({@link ServiceMethodSecurity}): a view that carries
 * {@code @PermitAll} or {@code @RolesAllowed} for Vaadin's navigation control is not matched by any advisor (so it is
 * not proxied, and creating it costs no annotation scan), while a service's {@code @RolesAllowed} still refuses a
 * liaison.
 */
@IntegrationTest
class MethodSecurityAdvisorsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MeetingService meetings;

    private List<Advisor> advisors() {
        return List.copyOf(context.getBeansOfType(Advisor.class).values());
    }

    @Test
    void no_advisor_applies_to_views_with_access_annotations() {
        for (var view : List.of(HomeView.class, MeetingListView.class, SecurityEventsView.class)) {
            assertThat(advisors()).as("advisors matching %s", view.getSimpleName())
                    .noneMatch(advisor -> AopUtils.canApply(advisor, view));
        }
    }

    @Test
    void roles_allowed_still_guards_services() {
        assertThat(advisors()).as("an advisor for @RolesAllowed on services")
                .anyMatch(advisor -> AopUtils.canApply(advisor, DocumentService.class));
        try (var ignored = SignedIn.as("liaison-lt")) {
            // officers only: refused before the method looks at its (here missing) arguments
            assertThatThrownBy(() -> meetings.update(null, Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
