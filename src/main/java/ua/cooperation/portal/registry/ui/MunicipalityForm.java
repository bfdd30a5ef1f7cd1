package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityChanges;
import ua.cooperation.portal.registry.MunicipalityDetails;
import ua.cooperation.portal.territory.AdminUnitOption;

import java.util.Locale;
import java.util.Optional;

/**
 * A municipality's fields in buffered mode. The side decides which fields apply: a Ukrainian hromada is picked from
 * the codifier (typing Cyrillic or Latin), a partner municipality has a country, names and a national code. The
 * length rules are the ones declared on {@link MunicipalityChanges}; nothing is stored until the service accepts the
 * whole input, and its refusals are shown at the field they concern ({@link #showRefusal}).
 */
class MunicipalityForm extends FormLayout implements RecordForm {

    static final String ID_SIDE = "municipality-side";
    static final String ID_HROMADA = "municipality-hromada";
    static final String ID_COUNTRY = "municipality-country";
    static final String ID_NAME_ORIGINAL = "municipality-name-original";
    static final String ID_NAME_UK = "municipality-name-uk";
    static final String ID_NAME_EN = "municipality-name-en";
    static final String ID_NATIONAL_CODE = "municipality-national-code";

    /** The form's working copy, with typed accessors so that bindings are checked by the compiler. */
    static final class Draft {
        Municipality.Side side = Municipality.Side.PARTNER;
        AdminUnitOption hromada;
        String countryCode;
        String nameOriginal;
        String nameUk;
        String nameEn;
        String nationalCode;
    }

    final Select<Municipality.Side> side = new Select<>();
    final ComboBox<AdminUnitOption> hromada;
    final ComboBox<String> country;
    final TextField nameOriginal = new TextField();
    final TextField nameUk = new TextField();
    final TextField nameEn = new TextField();
    final TextField nationalCode = new TextField();
    private final Binder<Draft> binder = new Binder<>();
    private final RegistryLookups lookups;
    private Long id;
    private long version;

    MunicipalityForm(RegistryLookups lookups, Locale locale) {
        this.lookups = lookups;
        side.setId(ID_SIDE);
        side.setLabel(getTranslation("municipality.field.side"));
        side.setItems(Municipality.Side.values());
        side.setItemLabelGenerator(s -> s == null ? "" : getTranslation("municipality.side." + s.name()));
        hromada = lookups.hromadaPicker();
        hromada.setId(ID_HROMADA);
        hromada.setLabel(getTranslation("municipality.field.hromada"));
        hromada.setHelperText(getTranslation("municipality.field.hromada.helper"));
        country = lookups.countryPicker(locale);
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("registry.field.country"));
        field(nameOriginal, ID_NAME_ORIGINAL, "municipality.field.name-original");
        field(nameUk, ID_NAME_UK, "municipality.field.name-uk");
        field(nameEn, ID_NAME_EN, "municipality.field.name-en");
        field(nationalCode, ID_NATIONAL_CODE, "municipality.field.national-code");
        nationalCode.setMaxLength(Municipality.NATIONAL_CODE_MAX_LENGTH);
        nationalCode.setHelperText(getTranslation("municipality.field.national-code.helper"));
        bindFields();
        side.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        add(side, hromada, country, nameOriginal, nameUk, nameEn, nationalCode);
        binder.readBean(new Draft());
        showFieldsFor(side.getValue());
        FieldMessages.applyTo(this);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(Municipality.NAME_MAX_LENGTH);
    }

    private void bindFields() {
        binder.forField(side).bind(d -> d.side, (d, v) -> d.side = v);
        binder.forField(hromada).bind(d -> d.hromada, (d, v) -> d.hromada = v);
        binder.forField(country).bind(d -> d.countryCode, (d, v) -> d.countryCode = v);
        // the length rules the service checks, declared once on MunicipalityChanges
        binder.forField(nameOriginal).withValidator(Constraints.of(MunicipalityChanges.class, "nameOriginal"))
                .bind(d -> d.nameOriginal, (d, v) -> d.nameOriginal = v);
        binder.forField(nameUk).withValidator(Constraints.of(MunicipalityChanges.class, "nameUk"))
                .bind(d -> d.nameUk, (d, v) -> d.nameUk = v);
        binder.forField(nameEn).withValidator(Constraints.of(MunicipalityChanges.class, "nameEn"))
                .bind(d -> d.nameEn, (d, v) -> d.nameEn = v);
        binder.forField(nationalCode).withValidator(Constraints.of(MunicipalityChanges.class, "nationalCode"))
                .bind(d -> d.nationalCode, (d, v) -> d.nationalCode = v);
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

    void read(MunicipalityDetails details) {
        id = details.id();
        version = details.version();
        var draft = new Draft();
        draft.side = details.side();
        draft.hromada = lookups.hromada(details.hromadaCode()).orElse(null);
        draft.countryCode = details.side() == Municipality.Side.PARTNER ? details.countryCode() : null;
        draft.nameOriginal = details.nameOriginal();
        draft.nameUk = details.nameUk();
        draft.nameEn = details.nameEn();
        draft.nationalCode = details.nationalCode();
        binder.readBean(draft);
        side.setReadOnly(true); // a hromada does not become a foreign municipality
    }

    /** The user's entries on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<MunicipalityChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new MunicipalityChanges(id, version, draft.side,
                draft.hromada == null ? null : draft.hromada.code(), draft.countryCode, draft.nameOriginal,
                draft.nameUk, draft.nameEn, draft.nationalCode));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        side.setReadOnly(readOnly || id != null);
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "hromada" -> hromada;
            case "country" -> country;
            case "names" -> nameOriginal;
            case "side" -> side;
            default -> null;
        };
        return Registry.showAt(field, refusal, this);
    }
}
