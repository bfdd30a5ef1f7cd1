package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.programme.TransactionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Small dialogs that add one row to a programme's child lists (a transaction, an indicator, a period of an indicator,
 * a beneficiary count) or change an indicator. Each validates its fields with a {@link Binder} against the rules the
 * row's record declares ({@link Constraints}; only "an end not before its start" is the dialog's own) and hands the
 * row to the caller, which saves the programme through the service (where the same rules are checked again). The rows
 * bind to small drafts with typed accessors: a record binder would bind by property names. Organisations are offered
 * by {@link ProgrammeLookups}.
 */
final class ChildListDialogs {

    static final String ID_DIALOG = "programme-row-dialog";
    static final String ID_SAVE = "programme-row-save";
    static final String ID_TRANSACTION_TYPE = "programme-transaction-type";
    static final String ID_TRANSACTION_DATE = "programme-transaction-date";
    static final String ID_TRANSACTION_AMOUNT = "programme-transaction-amount";
    static final String ID_TRANSACTION_CURRENCY = "programme-transaction-currency";
    static final String ID_TRANSACTION_PROVIDER = "programme-transaction-provider";
    static final String ID_TRANSACTION_RECEIVER = "programme-transaction-receiver";
    static final String ID_INDICATOR_TITLE = "programme-indicator-title";
    static final String ID_INDICATOR_UNIT = "programme-indicator-unit";
    static final String ID_INDICATOR_BASELINE = "programme-indicator-baseline";
    static final String ID_INDICATOR_BASELINE_YEAR = "programme-indicator-baseline-year";
    static final String ID_INDICATOR_TARGET = "programme-indicator-target";
    static final String ID_PERIOD_START = "programme-period-start";
    static final String ID_PERIOD_END = "programme-period-end";
    static final String ID_PERIOD_TARGET = "programme-period-target";
    static final String ID_PERIOD_ACTUAL = "programme-period-actual";
    static final String ID_BENEFICIARY_GROUP = "programme-beneficiary-group";
    static final String ID_BENEFICIARY_COUNT = "programme-beneficiary-count";

    private ChildListDialogs() {
    }

    static final class TransactionDraft {
        TransactionType type = TransactionType.DISBURSEMENT;
        LocalDate date;
        BigDecimal amount;
        String currency;
        ProgrammeForm.Choice provider;
        ProgrammeForm.Choice receiver;
    }

    static void transaction(Component source, ProgrammeLookups lookups, Locale locale, String currency,
                            Consumer<ProgrammeChanges.Transaction> onSave) {
        var binder = new Binder<TransactionDraft>();
        var type = new Select<TransactionType>();
        type.setId(ID_TRANSACTION_TYPE);
        type.setLabel(source.getTranslation("programme.transaction.type"));
        type.setItems(TransactionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : source.getTranslation("transaction-type." + t.name()));
        var date = datePicker(source, ID_TRANSACTION_DATE, "programme.transaction.date", locale);
        var amount = new BigDecimalField(source.getTranslation("programme.transaction.amount"));
        amount.setId(ID_TRANSACTION_AMOUNT);
        var currencyBox = new ComboBox<String>(source.getTranslation("programme.field.budget-currency"));
        currencyBox.setId(ID_TRANSACTION_CURRENCY);
        currencyBox.setItems(ProgrammeForm.CURRENCIES);
        var provider = organisation(source, lookups, locale, ID_TRANSACTION_PROVIDER,
                "programme.transaction.provider");
        var receiver = organisation(source, lookups, locale, ID_TRANSACTION_RECEIVER,
                "programme.transaction.receiver");
        var required = source.getTranslation("programme.validation.required");
        binder.forField(type).asRequired(transaction("type")).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(date).asRequired(transaction("date")).bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(amount).asRequired(required)
                .withValidator(transaction("amount", "programme.validation.amount"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(currencyBox).asRequired(transaction("currency"))
                .bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(provider).bind(d -> d.provider, (d, v) -> d.provider = v);
        binder.forField(receiver).bind(d -> d.receiver, (d, v) -> d.receiver = v);
        var draft = new TransactionDraft();
        draft.currency = currency;
        binder.readBean(draft);
        open(source, "programme.transaction.add", new FormLayout(type, date, amount, currencyBox, provider, receiver),
                () -> {
                    var written = new TransactionDraft();
                    if (!binder.writeBeanIfValid(written)) {
                        return false;
                    }
                    onSave.accept(new ProgrammeChanges.Transaction(written.type, written.date, written.amount,
                            written.currency, written.provider == null ? null : written.provider.id(),
                            written.receiver == null ? null : written.receiver.id()));
                    return true;
                });
    }

    static final class IndicatorDraft {
        String title;
        String unit;
        BigDecimal baseline;
        Integer baselineYear;
        BigDecimal target;
    }

    /**
     * Adds an indicator ({@code existing} null) or changes one: the changed indicator keeps its key and periods, so
     * that the translations of its title stay its own (a changed title marks them outdated).
     */
    static void indicator(Component source, ProgrammeChanges.Indicator existing,
                          Consumer<ProgrammeChanges.Indicator> onSave) {
        var binder = new Binder<IndicatorDraft>();
        var title = new TextField(source.getTranslation("programme.indicator.title"));
        title.setId(ID_INDICATOR_TITLE);
        title.setMaxLength(ProgrammeChanges.Indicator.TITLE_MAX_LENGTH);
        var unit = new TextField(source.getTranslation("programme.indicator.unit"));
        unit.setId(ID_INDICATOR_UNIT);
        unit.setMaxLength(ProgrammeChanges.Indicator.UNIT_MAX_LENGTH);
        var baseline = new BigDecimalField(source.getTranslation("programme.indicator.baseline-value"));
        baseline.setId(ID_INDICATOR_BASELINE);
        var year = new IntegerField(source.getTranslation("programme.indicator.baseline-year"));
        year.setId(ID_INDICATOR_BASELINE_YEAR);
        var target = new BigDecimalField(source.getTranslation("programme.indicator.target"));
        target.setId(ID_INDICATOR_TARGET);
        binder.forField(title).asRequired(indicator("title")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(unit).withValidator(indicator("unit")).bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(baseline).bind(d -> d.baseline, (d, v) -> d.baseline = v);
        binder.forField(year).withValidator(Constraints.of(ProgrammeChanges.Indicator.class, "baselineYear",
                "programme.validation.year")).bind(d -> d.baselineYear, (d, v) -> d.baselineYear = v);
        binder.forField(target).bind(d -> d.target, (d, v) -> d.target = v);
        binder.readBean(draftOf(existing));
        open(source, existing == null ? "programme.indicator.add" : "programme.indicator.edit",
                new FormLayout(title, unit, baseline, year, target), () -> {
                    var written = new IndicatorDraft();
                    if (!binder.writeBeanIfValid(written)) {
                        return false;
                    }
                    onSave.accept(new ProgrammeChanges.Indicator(existing == null ? null : existing.key(),
                            written.title, written.unit, written.baseline, written.baselineYear, written.target,
                            existing == null ? java.util.List.of() : existing.periods()));
                    return true;
                });
    }

    private static IndicatorDraft draftOf(ProgrammeChanges.Indicator existing) {
        var draft = new IndicatorDraft();
        if (existing != null) {
            draft.title = existing.title();
            draft.unit = existing.unit();
            draft.baseline = existing.baselineValue();
            draft.baselineYear = existing.baselineYear();
            draft.target = existing.target();
        }
        return draft;
    }

    static final class PeriodDraft {
        LocalDate start;
        LocalDate end;
        BigDecimal target;
        BigDecimal actual;
    }

    static void period(Component source, Locale locale, Consumer<ProgrammeChanges.Period> onSave) {
        var binder = new Binder<PeriodDraft>();
        var start = datePicker(source, ID_PERIOD_START, "programme.period.start", locale);
        var end = datePicker(source, ID_PERIOD_END, "programme.period.end", locale);
        var target = new BigDecimalField(source.getTranslation("programme.indicator.target"));
        target.setId(ID_PERIOD_TARGET);
        var actual = new BigDecimalField(source.getTranslation("programme.period.actual"));
        actual.setId(ID_PERIOD_ACTUAL);
        binder.forField(start).asRequired(period("start")).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(period("end"))
                .withValidator(v -> start.getValue() == null || !v.isBefore(start.getValue()),
                        source.getTranslation("programme.validation.end"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(target).bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(actual).bind(d -> d.actual, (d, v) -> d.actual = v);
        binder.readBean(new PeriodDraft());
        open(source, "programme.period.add", new FormLayout(start, end, target, actual), () -> {
            var written = new PeriodDraft();
            if (!binder.writeBeanIfValid(written)) {
                return false;
            }
            onSave.accept(new ProgrammeChanges.Period(written.start, written.end, written.target, written.actual));
            return true;
        });
    }

    static final class BeneficiaryDraft {
        TargetGroup group;
        Integer count;
    }

    static void beneficiaries(Component source, Consumer<ProgrammeChanges.BeneficiaryCount> onSave) {
        var binder = new Binder<BeneficiaryDraft>();
        var group = new Select<TargetGroup>();
        group.setId(ID_BENEFICIARY_GROUP);
        group.setLabel(source.getTranslation("programme.beneficiary.group"));
        group.setItems(TargetGroup.values());
        group.setItemLabelGenerator(g -> g == null ? "" : source.getTranslation("target-group." + g.name()));
        var count = new IntegerField(source.getTranslation("programme.beneficiary.count"));
        count.setId(ID_BENEFICIARY_COUNT);
        count.setMin(0);
        count.setHelperText(source.getTranslation("programme.beneficiary.no-personal-data"));
        binder.forField(group).asRequired(Constraints.of(ProgrammeChanges.BeneficiaryCount.class, "targetGroup"))
                .bind(d -> d.group, (d, v) -> d.group = v);
        // the record counts with an int: an empty field is not "no one", it is missing
        binder.forField(count).asRequired(source.getTranslation("programme.validation.required"))
                .withValidator(Constraints.of(ProgrammeChanges.BeneficiaryCount.class, "count",
                        "programme.validation.count"))
                .bind(d -> d.count, (d, v) -> d.count = v);
        binder.readBean(new BeneficiaryDraft());
        open(source, "programme.beneficiary.add", new FormLayout(group, count), () -> {
            var written = new BeneficiaryDraft();
            if (!binder.writeBeanIfValid(written)) {
                return false;
            }
            onSave.accept(new ProgrammeChanges.BeneficiaryCount(written.group, written.count));
            return true;
        });
    }

    private static DatePicker datePicker(Component source, String id, String key, Locale locale) {
        var picker = new DatePicker(source.getTranslation(key));
        picker.setId(id);
        picker.setLocale(locale);
        return picker;
    }

    private static <T> Validator<T> transaction(String property) {
        return Constraints.of(ProgrammeChanges.Transaction.class, property);
    }

    private static <T> Validator<T> transaction(String property, String messageKey) {
        return Constraints.of(ProgrammeChanges.Transaction.class, property, messageKey);
    }

    private static <T> Validator<T> indicator(String property) {
        return Constraints.of(ProgrammeChanges.Indicator.class, property);
    }

    private static <T> Validator<T> period(String property) {
        return Constraints.of(ProgrammeChanges.Period.class, property);
    }

    private static ComboBox<ProgrammeForm.Choice> organisation(Component source, ProgrammeLookups lookups,
                                                              Locale locale, String id, String key) {
        var box = new ComboBox<ProgrammeForm.Choice>(source.getTranslation(key));
        box.setId(id);
        box.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale));
        box.setItemLabelGenerator(ProgrammeForm.Choice::name);
        box.setClearButtonVisible(true);
        return box;
    }

    /** Opens the dialog; {@code save} returns whether the row was taken (the dialog then closes). */
    private static void open(Component source, String titleKey, FormLayout fields,
                             java.util.function.BooleanSupplier save) {
        var dialog = new Dialog(source.getTranslation(titleKey));
        dialog.setId(ID_DIALOG);
        dialog.setWidth("min(40em, 95vw)");
        var ok = new Button(source.getTranslation("action.save"), e -> {
            if (save.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.setId(ID_SAVE);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
        dialog.getFooter().add(new Button(source.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
