package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.PendingSecondFactor;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.lang.reflect.Constructor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorGuardTest extends KaribuTest {

    @Test
    void a_head_who_gave_only_the_password_sees_only_the_set_up_page() throws Exception {
        signInAs("head");
        pending(true);
        UI.getCurrent().navigate("partnerships/1");
        assertThat(describeCurrentPage()).startsWith("TwoFactorSetupView").endsWith("#two-factor-setup-view");
        _get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId(TwoFactorSetupView.ID_QR));
        UI.getCurrent().navigate("admin/users");
        assertThat(describeCurrentPage()).startsWith("TwoFactorSetupView").endsWith("#two-factor-setup-view");
        pending(false);
        UI.getCurrent().navigate("countries");
        assertThat(describeCurrentPage()).startsWith("TwoFactorView").endsWith("#two-factor-view");
    }

    private void pending(boolean mustEnrol) throws Exception {
        Constructor<PendingSecondFactor> constructor = PendingSecondFactor.class.getDeclaredConstructor(
                ua.cooperation.portal.security.PortalUser.class, boolean.class);
        constructor.setAccessible(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(constructor.newInstance(demoUser("head"), mustEnrol));
        SecurityContextHolder.setContext(context);
    }
}
