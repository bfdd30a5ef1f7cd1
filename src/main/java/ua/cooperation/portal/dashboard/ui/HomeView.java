package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.reminder.ReminderService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.security.CurrentUser;

import java.util.stream.Collectors;

/** The start page: who is signed in and the partner network at a glance, scoped like everything else. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, CountryService countries, ReminderService reminders) {
        setId("home-view");
        var user = currentUser.require();
        var greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        add(greeting);

        if (user.isCountryRestricted()) {
            var names = user.countryCodes().stream()
                    .map(code -> CountryNames.displayName(code, getLocale()))
                    .sorted()
                    .collect(Collectors.joining(", "));
            var scope = new Paragraph(getTranslation("home.liaison-scope", names));
            scope.setId("home-liaison-scope");
            add(scope);
        }

        // today's reminders of this user (their items due or overdue, ending agreements, national days)
        var count = new Span(Integer.toString(reminders.forCurrentUser(getLocale()).size()));
        count.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        var remindersLabel = new Span(getTranslation("home.reminders"));
        remindersLabel.addClassNames(LumoUtility.TextColor.SECONDARY);
        var remindersCard = new Anchor("reminders", count, remindersLabel);
        remindersCard.setId("home-reminders");
        remindersCard.addClassNames("portal-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        add(remindersCard);

        var byStatus = countries.countVisibleByStatus();
        var cards = new FlexLayout();
        cards.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        for (var status : PartnerStatus.values()) {
            cards.add(figure(status, byStatus.getOrDefault(status, 0L)));
        }
        // a plain link: features do not reach into each other's ui packages
        add(cards, new Anchor("countries", getTranslation("home.all-countries")));
    }

    /** A figure is a link to the list behind it. */
    private Anchor figure(PartnerStatus status, long count) {
        var number = new Span(Long.toString(count));
        number.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        var label = new Span(getTranslation("home.countries-with-status." + status.name()));
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        var card = new Anchor("countries?status=" + status.name(), number, label);
        card.setId("home-figure-" + status.name().toLowerCase());
        card.addClassNames("portal-figure", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
