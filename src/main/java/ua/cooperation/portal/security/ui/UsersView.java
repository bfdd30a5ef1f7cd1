package ua.cooperation.portal.security.ui;

import ua.cooperation.portal.base.ui.Notifications;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.export.ListExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.security.UserChanges;
import ua.cooperation.portal.security.UserSummary;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Accounts for administrators: roles, countries, expiry, lock state, last sign-in; invite a liaison, change an
 * account, unlock it, send a password link, end its sessions, reset its second factor.
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "users-grid";
    static final String ID_SEARCH = "users-search";
    static final String ID_INVITE = "users-invite";
    static final String ID_LINK = "one-time-link";
    static final String ID_RESET_TWO_FACTOR = "user-reset-two-factor";
    static final String ID_RESET_TWO_FACTOR_CONFIRM = "user-reset-two-factor-confirm";
    static final String ID_RESET_PASSWORD = "user-reset-password";
    static final String ID_RESET_PASSWORD_CONFIRM = "user-reset-password-confirm";
    static final String ID_END_SESSIONS_CONFIRM = "user-end-sessions-confirm";

    private final UserAdministration administration;
    private final PortalTime time;
    private final GuestOrganisations organisations;
    private final Grid<UserSummary> grid = new Grid<>();
    private final SearchField search;

    UsersView(UserAdministration administration, ListExport export, PortalTime time,
              GuestOrganisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
        this.time = time;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "users.search", () -> grid.getDataProvider().refreshAll());
        var invite = new Button(getTranslation("users.invite"), VaadinIcon.PLUS.create(), e -> openInvitation());
        invite.setId(ID_INVITE);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var exports = new ExportButtons<>("users", "users", export, this::exportColumns, () -> {
            var text = search.getValue();
            return pageable -> administration.find(text, pageable.getPageNumber(), pageable.getPageSize());
        }, () -> -1);
        exports.setId("users-exports");
        var toolbar = new HorizontalLayout(search, exports, invite);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(this::scopeOf).setHeader(getTranslation("users.countries")).setAutoWidth(true);
        grid.addColumn(u -> u.expiresOn() == null ? "" : dates.format(u.expiresOn()))
                .setHeader(getTranslation("users.expires")).setAutoWidth(true);
        grid.addColumn(u -> !u.enabled() ? getTranslation("users.state.disabled")
                        : u.locked() ? getTranslation("users.state.locked") : getTranslation("users.state.active"))
                .setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addColumn(u -> u.lastSignInAt() == null ? "" : times.format(u.lastSignInAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("users.last-sign-in")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.twoFactorEnrolled() ? "users.two-factor.on" : "users.two-factor.off"))
                .setKey("twoFactor").setHeader(getTranslation("users.two-factor")).setAutoWidth(true);
        grid.setItemsPageable(page -> administration.find(search.getValue(), page.getPageNumber(),
                page.getPageSize()));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(toolbar, grid);
    }

    /** What a guest sees: her countries, or the organisation she is bound to (ADR 0042). */
    private String scopeOf(UserSummary user) {
        if (user.organisationId() != null) {
            return organisations.name(user.organisationId(), getLocale());
        }
        return user.countryCodes().stream().sorted().collect(Collectors.joining(", "));
    }

    private List<ExportColumn<UserSummary>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "users.username"), UserSummary::username),
                new ExportColumn<>(getTranslation(locale, "users.name"), UserSummary::displayName),
                new ExportColumn<>(getTranslation(locale, "users.email"), UserSummary::email),
                new ExportColumn<>(getTranslation(locale, "users.roles"), u -> u.roles().stream()
                        .map(r -> getTranslation(locale, "role." + r.name())).sorted()
                        .collect(Collectors.joining(", "))),
                new ExportColumn<>(getTranslation(locale, "users.countries"), this::scopeOf),
                new ExportColumn<>(getTranslation(locale, "users.expires"), UserSummary::expiresOn),
                new ExportColumn<>(getTranslation(locale, "users.state"), u -> !u.enabled()
                        ? getTranslation(locale, "users.state.disabled") : u.locked()
                        ? getTranslation(locale, "users.state.locked") : getTranslation(locale, "users.state.active")),
                new ExportColumn<>(getTranslation(locale, "users.last-sign-in"), u -> u.lastSignInAt() == null ? null
                        : LocalDateTime.ofInstant(u.lastSignInAt(), PortalTime.ZONE)));
    }

    private MultiSelectComboBox<String> countryPicker() {
        var countries = new MultiSelectComboBox<String>(getTranslation("users.countries"));
        countries.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> CountryNames.displayName(code, getLocale()))).toList());
        countries.setItemLabelGenerator(code -> CountryNames.displayName(code, getLocale()) + " (" + code + ")");
        return countries;
    }

    private void openInvitation() {
        new InvitationDialog(administration, organisations, time.today(), link -> {
            grid.getDataProvider().refreshAll();
            showLink(link.text(), link.path());
        }).open();
    }

    private void invalidate(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void openEditor(UserSummary user) {
        var dialog = new Dialog(user.username());
        dialog.setId("user-dialog");
        var name = new TextField(getTranslation("users.name"));
        name.setValue(user.displayName());
        var email = new EmailField(getTranslation("users.email"));
        email.setValue(user.email() == null ? "" : user.email());
        var roles = new CheckboxGroup<Role>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(user.roles());
        var countries = countryPicker();
        countries.setId("user-countries");
        countries.setValue(user.countryCodes());
        var expires = new DatePicker(getTranslation("users.expires"));
        expires.setLocale(getLocale());
        expires.setValue(user.expiresOn());
        expires.setClearButtonVisible(true);
        var enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        enabled.setId("user-enabled");
        var form = new FormLayout(name, email, roles, countries, expires, enabled);

        var save = new Button(getTranslation("action.save"), e -> {
            try {
                administration.update(new UserChanges(user.id(), user.version(), name.getValue(),
                        email.getValue().isBlank() ? null : email.getValue().strip(), new HashSet<>(roles.getValue()),
                        new HashSet<>(countries.getValue()), expires.getValue(), enabled.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(this, "record.saved");
            } catch (ConcurrentEditException conflict) {
                Notifications.error(this, "users.conflict");
            } catch (ConstraintViolationException invalid) {
                Notifications.error(this, "record.invalid");
            } catch (IllegalStateException selfLockout) {
                Notifications.error(this, "users.self-lockout");
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form, accountActions(user, dialog));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** What an administrator does to an account besides editing it: unlock, reset, cut off. */
    private HorizontalLayout accountActions(UserSummary user, Dialog dialog) {
        var unlock = new Button(getTranslation("users.unlock"), e -> {
            administration.unlock(user.id());
            grid.getDataProvider().refreshAll();
            Notifications.success(this, "users.unlocked");
        });
        unlock.setId("user-unlock");
        unlock.setEnabled(user.locked());
        var reset = new Button(getTranslation("users.reset-password"), e -> confirm(ID_RESET_PASSWORD_CONFIRM,
                "users.reset-password", getTranslation("users.reset-password.confirm", user.displayName()), () -> {
                    var link = administration.resetPassword(user.id());
                    showLink(getTranslation("users.reset-password.link", user.displayName()), link);
                }));
        reset.setId(ID_RESET_PASSWORD);
        var endSessions = new Button(getTranslation("users.end-sessions"), e -> confirm(ID_END_SESSIONS_CONFIRM,
                "users.end-sessions", getTranslation("users.end-sessions.confirm", user.displayName()), () -> {
                    administration.endAllSessions(user.id());
                    Notifications.success(this, "users.end-sessions.done");
                }));
        endSessions.setId("user-end-sessions");
        endSessions.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var resetTwoFactor = new Button(getTranslation("users.reset-two-factor"), e -> confirm(
                ID_RESET_TWO_FACTOR_CONFIRM, "users.reset-two-factor",
                getTranslation("users.reset-two-factor.confirm", user.displayName()), () -> {
                    administration.resetSecondFactor(user.id());
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                    Notifications.success(this, "users.reset-two-factor.done");
                }));
        resetTwoFactor.setId(ID_RESET_TWO_FACTOR);
        resetTwoFactor.addThemeVariants(ButtonVariant.LUMO_ERROR);
        resetTwoFactor.setEnabled(user.twoFactorEnrolled());
        var accountActions = new HorizontalLayout(unlock, reset, endSessions, resetTwoFactor);
        accountActions.setWrap(true);
        return accountActions;
    }

    /** Asks before an action that cuts a user off; {@code actionKey} names the dialog and its confirm button. */
    private void confirm(String id, String actionKey, String text, Runnable action) {
        var confirm = new ConfirmDialog(getTranslation(actionKey), text, getTranslation(actionKey), ok -> action.run());
        confirm.setId(id);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void showLink(String text, String path) {
        showLinkDialog(this, text, path);
    }

    /** The one-time link in a read-only field, selected for copying; also used by the officers' invitation page. */
    static void showLinkDialog(com.vaadin.flow.component.Component source, String text, String path) {
        var dialog = new Dialog(source.getTranslation("users.link.title"));
        var link = new TextField(text);
        link.setId(ID_LINK);
        link.setReadOnly(true);
        link.setWidth("40em");
        link.setValue(baseUrl() + path);
        link.setHelperText(source.getTranslation("users.link.helper", UserAdministration.LINK_VALIDITY.toHours()));
        dialog.add(link);
        dialog.getFooter().add(new Button(source.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        link.focus();
    }

    static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        return http.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1") + http.getContextPath() + "/";
    }


    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
