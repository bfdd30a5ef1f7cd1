package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Opening a view while the database cannot be reached: a translated page inside the layout ("database unavailable,
 * try again in a moment") with a button that loads the same address again, instead of Vaadin's internal error page.
 * Every service is transactional, so an unreachable database shows itself as a transaction that cannot begin.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class DatabaseUnavailableView extends VerticalLayout
        implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    static final String ID = "database-unavailable-page";
    static final String ID_RETRY = "database-unavailable-retry";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    private final Button retry = new Button();

    public DatabaseUnavailableView() {
        setId(ID);
        addClassName(LumoUtility.Padding.LARGE);
        var heading = new H2(getTranslation("database-unavailable.title"));
        var text = new Paragraph(getTranslation("database-unavailable.page"));
        text.addClassName(LumoUtility.TextColor.SECONDARY);
        retry.setId(ID_RETRY);
        retry.setText(getTranslation("database-unavailable.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, text, retry);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        LOG.warn("Database unavailable while opening /{}: {}", event.getLocation().getPath(),
                parameter.getException().getMessage());
        var location = event.getLocation().getPathWithQueryParameters();
        retry.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(location)));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("database-unavailable.title");
    }
}
