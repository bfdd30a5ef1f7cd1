package ua.cooperation.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Cooperation Portal. Styling is plain CSS: Lumo and its utility classes from Vaadin's pre-compiled bundle,
 * plus the portal's own stylesheet that lives in the top-level {@code frontend/} folder and is served as a static
 * resource (see docs/adr/0002-frontend-folder-as-static-resources.md).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/portal-logo.svg", "64x64");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
