package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;

import java.util.Locale;

/**
 * Lazy pickers of registry records, portal users, partnerships and programmes, each loading only what the user types
 * for, from {@link MeetingLookups}.
 */
final class Pickers {

    private Pickers() {
    }

    static void organisations(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups, Locale locale) {
        field.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale));
        field.setItemLabelGenerator(Choice::name);
    }

    static void people(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups) {
        field.setItemsPageable((pageable, filter) -> lookups.people(filter, pageable));
        field.setItemLabelGenerator(Choice::name);
    }

    static void users(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups) {
        field.setItemsPageable((pageable, filter) -> lookups.users(filter, pageable));
        field.setItemLabelGenerator(Choice::name);
    }

    static void partnerships(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups, Locale locale) {
        field.setItemsPageable((pageable, filter) -> lookups.partnerships(filter, pageable, locale));
        field.setItemLabelGenerator(Choice::name);
    }

    static void programmes(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups, Locale locale) {
        field.setItemsPageable((pageable, filter) -> lookups.programmes(filter, pageable, locale));
        field.setItemLabelGenerator(Choice::name);
    }
}
