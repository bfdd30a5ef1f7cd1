package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.AdminUnitPickers;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.FieldMessages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityChanges;
import ua.cooperation.portal.registry.MunicipalityItem;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.Locale;
import java.util.Set;

/**
 * A municipality's fields. The side decides which fields apply: a Ukrainian hromada is picked from the codifier
 * (typing Cyrillic or Latin), a partner municipality has a country, names and a national code. Nothing is stored
 * until the service accepts the whole input; its refusals are shown at the field they concern.
 */
class MunicipalityForm extends FormLayout {

    static final String ID_SIDE = "municipality-side";
    static final String ID_HROMADA = "municipality-hromada";
    static final String ID_COUNTRY = "municipality-country";
    static final String ID_NAME_ORIGINAL = "municipality-name-original";
    static final String ID_NAME_UK = "municipality-name-uk";
    static final String ID_NAME_EN = "municipality-name-en";
    static final String ID_NATIONAL_CODE = "municipality-national-code";

    final Select<Municipality.Side> side = new Select<>();
    final ComboBox<AdminUnitOption> hromada;
    final ComboBox<String> country;
    final TextField nameOriginal = new TextField();
    final TextField nameUk = new TextField();
    final TextField nameEn = new TextField();
    final TextField nationalCode = new TextField();
    private final TerritoryService territory;
    private Long id;
    private long version;

    MunicipalityForm(TerritoryService territory, AdminUnitPickers<AdminUnitOption, UnitLevel> units,
                     CountryPickers countries, Locale locale) {
        this.territory = territory;
        side.setId(ID_SIDE);
        side.setLabel(getTranslation("municipality.field.side"));
        side.setItems(Municipality.Side.values());
        side.setItemLabelGenerator(s -> s == null ? "" : getTranslation("municipality.side." + s.name()));
        side.setValue(Municipality.Side.PARTNER);
        hromada = units.create(Set.of(UnitLevel.HROMADA));
        hromada.setId(ID_HROMADA);
        hromada.setLabel(getTranslation("municipality.field.hromada"));
        hromada.setHelperText(getTranslation("municipality.field.hromada.helper"));
        country = countries.create(locale);
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("registry.field.country"));
        field(nameOriginal, ID_NAME_ORIGINAL, "municipality.field.name-original");
        field(nameUk, ID_NAME_UK, "municipality.field.name-uk");
        field(nameEn, ID_NAME_EN, "municipality.field.name-en");
        field(nationalCode, ID_NATIONAL_CODE, "municipality.field.national-code");
        nationalCode.setMaxLength(40);
        nationalCode.setHelperText(getTranslation("municipality.field.national-code.helper"));
        side.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        add(side, hromada, country, nameOriginal, nameUk, nameEn, nationalCode);
        showFieldsFor(side.getValue());
        FieldMessages.applyTo(this);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(Municipality.NAME_MAX_LENGTH);
    }

    private void showFieldsFor(Municipality.Side value) {
        boolean ukrainian = value == Municipality.Side.UKRAINIAN;
        hromada.setVisible(ukrainian);
        country.setVisible(!ukrainian);
        nameOriginal.setVisible(!ukrainian);
        nameUk.setVisible(!ukrainian);
        nameEn.setVisible(!ukrainian);
        nationalCode.setVisible(!ukrainian);
    }

    void read(MunicipalityItem item) {
        id = item.id();
        version = item.version();
        side.setValue(item.side());
        side.setReadOnly(true); // a hromada does not become a foreign municipality
        hromada.setValue(item.hromadaCode() == null ? null : territory.findByCode(item.hromadaCode()).orElse(null));
        country.setValue(item.side() == Municipality.Side.PARTNER ? item.countryCode() : null);
        nameOriginal.setValue(item.nameOriginal() == null ? "" : item.nameOriginal());
        nameUk.setValue(item.nameUk() == null ? "" : item.nameUk());
        nameEn.setValue(item.nameEn() == null ? "" : item.nameEn());
        nationalCode.setValue(item.nationalCode() == null ? "" : item.nationalCode());
    }

    /**
     * Marks the text fields whose value is longer than the field allows; false when any is. The form has no Binder,
     * so it makes the check that Binder makes for the other forms (a value set by a program or a paste can be longer).
     */
    boolean lengthsFit() {
        clearErrors();
        boolean fit = true;
        for (var field : new TextField[]{nameOriginal, nameUk, nameEn, nationalCode}) {
            field.setInvalid(false);
            if (field.isVisible() && field.getValue().length() > field.getMaxLength()) {
                field.setErrorMessage(getTranslation("field.too-long", field.getMaxLength()));
                field.setInvalid(true);
                fit = false;
            }
        }
        return fit;
    }

    MunicipalityChanges changes() {
        return new MunicipalityChanges(id, version, side.getValue(),
                hromada.getValue() == null ? null : hromada.getValue().code(), country.getValue(),
                nameOriginal.getValue(), nameUk.getValue(), nameEn.getValue(), nationalCode.getValue());
    }

    /** Shows the service's refusal at the field it concerns. */
    void showProblem(MunicipalityService.InvalidMunicipalityException problem) {
        switch (problem.field()) {
            case "hromada" -> invalid(hromada, problem.getMessage().contains("already")
                    ? "municipality.validation.hromada-taken" : "municipality.validation.hromada");
            case "country" -> invalid(country, "municipality.validation.country");
            default -> invalid(nameOriginal, "municipality.validation.names");
        }
    }

    void setReadOnly(boolean readOnly) {
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{hromada, country, nameOriginal, nameUk,
                nameEn, nationalCode}) {
            field.setReadOnly(readOnly);
        }
        if (readOnly) {
            side.setReadOnly(true);
        }
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        hromada.setInvalid(false);
        country.setInvalid(false);
        nameOriginal.setInvalid(false);
    }
}
