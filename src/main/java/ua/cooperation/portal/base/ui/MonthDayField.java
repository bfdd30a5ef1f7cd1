package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A recurring date without a year (a national day): month by name in the reader's language and day of month.
 * Half-filled or impossible input (30 February) yields no value and {@link #hasInvalidInput()} is true, so the form
 * can show a message at the field instead of storing something wrong.
 */
public class MonthDayField extends CustomField<MonthDay> {

    private final Select<Month> month = new Select<>();
    private final IntegerField day = new IntegerField();

    public MonthDayField(String label, Locale locale) {
        setLabel(label);
        month.setItems(Month.values());
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("field.month-day.no-month"));
        month.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        month.setAriaLabel(getTranslation("field.month-day.month"));
        month.setId("national-day-month");
        day.setMin(1);
        day.setMax(31);
        day.setStepButtonsVisible(true);
        day.setPlaceholder(getTranslation("field.month-day.day"));
        day.setAriaLabel(getTranslation("field.month-day.day"));
        day.setId("national-day-day");
        day.setWidth("8em");
        // keep the field's value in step with its parts also when they are set from server code
        month.addValueChangeListener(e -> updateValue());
        day.addValueChangeListener(e -> updateValue());
        var row = new HorizontalLayout(month, day);
        row.setPadding(false);
        add(row);
    }

    @Override
    protected MonthDay generateModelValue() {
        if (month.getValue() == null || day.getValue() == null) {
            return null;
        }
        try {
            return MonthDay.of(month.getValue(), day.getValue());
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(MonthDay value) {
        month.setValue(value == null ? null : value.getMonth());
        day.setValue(value == null ? null : value.getDayOfMonth());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        // CustomField does not pass read-only on to the fields inside it
        month.setReadOnly(readOnly);
        day.setReadOnly(readOnly);
        day.setStepButtonsVisible(!readOnly);
    }

    /** True when something was entered that does not make a date: only one part, or a day the month lacks. */
    public boolean hasInvalidInput() {
        boolean empty = month.getValue() == null && day.getValue() == null && !day.isInvalid();
        return !empty && generateModelValue() == null;
    }

    Select<Month> monthSelect() {
        return month;
    }

    IntegerField dayField() {
        return day;
    }
}
