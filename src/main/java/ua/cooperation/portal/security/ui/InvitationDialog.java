package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.UserAdministration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Invites an embassy liaison: user name, name, e-mail, countries and expiry; on success hands the one-time link to
 * {@code onInvited} to show. Administrators open it from the users list, officers from their own page when the office
 * allows them to invite; the service checks who may.
 */
class InvitationDialog extends Dialog {


    /** The link to pass on, with the text that introduces it. */
    record Link(String text, String path) {
    }

    /** Whom the guest is bound to: an embassy liaison to countries, an international organisation's staff to it. */
    enum Binding { COUNTRIES, ORGANISATION }

    InvitationDialog(UserAdministration administration, GuestOrganisations organisationOptions, LocalDate today,
                     Consumer<Link> onInvited) {
        setHeaderTitle(getTranslation("users.invite"));
        setId("invite-dialog");
        var username = new TextField(getTranslation("users.username"));
        username.setId("invite-username");
        username.setHelperText(getTranslation("users.username.helper"));
        username.setMaxLength(100);
        var name = new TextField(getTranslation("users.name"));
        name.setId("invite-name");
        name.setMaxLength(200);
        var email = new EmailField(getTranslation("users.email"));
        email.setId("invite-email");
        email.setMaxLength(200);
        var countries = countryPicker();
        countries.setId("invite-countries");
        var organisation = organisationPicker(organisationOptions);
        var binding = bindingChoice(countries, organisation);
        var expires = new DatePicker(getTranslation("users.expires"));
        expires.setId("invite-expires");
        expires.setLocale(getLocale());
        expires.setMin(today.plusDays(1));
        expires.setValue(today.plusYears(1));
        var form = new FormLayout(username, name, email, binding, countries, organisation, expires);
        FieldMessages.applyTo(form);
        var send = new Button(getTranslation("users.invite.create"), e -> {
            List.<HasValidation>of(username, name, countries, organisation, expires).forEach(f -> f.setInvalid(false));
            boolean bound = binding.getValue() == Binding.ORGANISATION;
            var invitation = new GuestInvitation(username.getValue().strip().toLowerCase(Locale.ROOT),
                    name.getValue().strip(), email.getValue().isBlank() ? null : email.getValue().strip(),
                    bound ? Set.of() : countries.getValue(), expires.getValue(),
                    bound && organisation.getValue() != null ? organisation.getValue().id() : null);
            try {
                var link = administration.invite(invitation);
                close();
                onInvited.accept(new Link(getTranslation("users.invite.link", invitation.displayName()), link));
            } catch (UserAdministration.UsernameTakenException taken) {
                username.setErrorMessage(getTranslation("users.username.taken"));
                username.setInvalid(true);
            } catch (ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(v -> {
                    switch (v.getPropertyPath().toString()) {
                        case "username" -> invalidate(username, "users.username.invalid");
                        case "displayName" -> invalidate(name, "users.name.required");
                        case "email" -> invalidate(email, "users.email.invalid");
                        case "countryCodes", "countryCodesOrOrganisation" -> invalidate(bound ? organisation : countries,
                                bound ? "users.organisation.required" : "users.countries.required");
                        default -> invalidate(expires, "users.expires.future");
                    }
                });
            }
        });
        send.setId("invite-create");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }

    /** A lazy, searchable list of the registry's organisations, shown when the guest is bound to one. */
    private ComboBox<OrganisationListItem> organisationPicker(GuestOrganisations organisationOptions) {
        var organisation = new ComboBox<OrganisationListItem>(getTranslation("users.organisation"));
        organisation.setId("invite-organisation");
        organisation.setItems(query -> organisationOptions.find(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit(), getLocale()));
        organisation.setItemLabelGenerator(OrganisationListItem::name);
        organisation.setVisible(false);
        return organisation;
    }

    /** Countries or an organisation: the choice shows the one picker it needs. */
    private RadioButtonGroup<Binding> bindingChoice(MultiSelectComboBox<String> countries,
                                                    ComboBox<OrganisationListItem> organisation) {
        var binding = new RadioButtonGroup<Binding>(getTranslation("users.binding"));
        binding.setId("invite-binding");
        binding.setItems(Binding.values());
        binding.setItemLabelGenerator(b -> getTranslation("users.binding." + b.name()));
        binding.setValue(Binding.COUNTRIES);
        binding.addValueChangeListener(e -> {
            countries.setVisible(e.getValue() == Binding.COUNTRIES);
            organisation.setVisible(e.getValue() == Binding.ORGANISATION);
        });
        return binding;
    }

    private MultiSelectComboBox<String> countryPicker() {
        var countries = new MultiSelectComboBox<String>(getTranslation("users.countries"));
        countries.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> CountryNames.displayName(code, getLocale()))).toList());
        countries.setItemLabelGenerator(code -> CountryNames.displayName(code, getLocale()) + " (" + code + ")");
        return countries;
    }

    private void invalidate(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
