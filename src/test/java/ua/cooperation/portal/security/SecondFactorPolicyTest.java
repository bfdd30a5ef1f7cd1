package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who must give a second factor, as the shipped configuration files set it: ADMIN, HEAD and OFFICER in a production
 * start, and only ADMIN and HEAD under the demo profile, which the sign-in page then announces.
 */
class SecondFactorPolicyTest {

    private static final String PROPERTY = "portal.security.second-factor.required-roles";

    private static final PortalUser OFFICER = user(Role.OFFICER);
    private static final PortalUser HEAD = user(Role.HEAD);
    private static final PortalUser ADMIN = user(Role.ADMIN);
    private static final PortalUser LIAISON = user(Role.LIAISON);

    private static PortalUser user(Role... roles) {
        return new PortalUser(1, "u", "U", "", Set.of(roles), Set.of(), true, true, true);
    }

    private static SecondFactorPolicy policyOf(String file) throws IOException {
        var value = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file)).getProperty(PROPERTY);
        assertThat(value).as(PROPERTY + " in " + file).isNotNull();
        return new SecondFactorPolicy(Arrays.stream(value.split(",")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Test
    void a_production_start_requires_it_of_administrators_heads_and_officers_and_says_nothing() throws IOException {
        var policy = policyOf("application.properties");
        assertThat(policy.requiredFor(ADMIN)).isTrue();
        assertThat(policy.requiredFor(HEAD)).isTrue();
        assertThat(policy.requiredFor(OFFICER)).isTrue();
        assertThat(policy.requiredFor(LIAISON)).as("liaisons may add one").isFalse();
        assertThat(policy.requiredFor(user(Role.LIAISON, Role.OFFICER))).isTrue();
        assertThat(policy.relaxedStaffRoles()).isEmpty();
        assertThat(SecondFactorPolicy.DEFAULT_REQUIRED_ROLES).isEqualTo("ADMIN,HEAD,OFFICER");
    }

    @Test
    void the_demo_profile_lets_officers_sign_in_without_it_and_the_sign_in_page_is_told() throws IOException {
        var policy = policyOf("application-demo.properties");
        assertThat(policy.requiredFor(ADMIN)).isTrue();
        assertThat(policy.requiredFor(HEAD)).isTrue();
        assertThat(policy.requiredFor(OFFICER)).isFalse();
        assertThat(policy.relaxedStaffRoles()).isEqualTo(List.of(Role.OFFICER));
    }
}
