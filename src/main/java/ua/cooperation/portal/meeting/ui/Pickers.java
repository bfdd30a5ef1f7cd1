package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

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

    /** The cooperation areas (the partnerships' vocabulary), by their translated names. */
    static void areas(MultiSelectComboBox<CooperationArea> field) {
        field.setItems(CooperationArea.values());
        field.setItemLabelGenerator(a -> field.getTranslation("cooperation-area." + a.name()));
    }

    /** The target groups (the programmes' vocabulary), by their translated names. */
    static void targetGroups(MultiSelectComboBox<TargetGroup> field) {
        field.setItems(TargetGroup.values());
        field.setItemLabelGenerator(g -> field.getTranslation("target-group." + g.name()));
    }

    /** The topics as the lists show them: areas, then target groups, translated, comma-separated. */
    static String topics(com.vaadin.flow.component.Component source, java.util.Set<CooperationArea> areas,
                         java.util.Set<TargetGroup> targetGroups) {
        var names = new java.util.ArrayList<String>();
        areas.stream().sorted().forEach(a -> names.add(source.getTranslation("cooperation-area." + a.name())));
        targetGroups.stream().sorted().forEach(g -> names.add(source.getTranslation("target-group." + g.name())));
        return String.join(", ", names);
    }

    static void programmes(ComboBoxBase<?, Choice, ?> field, MeetingLookups lookups, Locale locale) {
        field.setItemsPageable((pageable, filter) -> lookups.programmes(filter, pageable, locale));
        field.setItemLabelGenerator(Choice::name);
    }
}
