package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.Arrays;
import java.util.Optional;

/**
 * The topic filters of the meeting lists and the decision register: a cooperation area and a target group, by their
 * translated names, read from the address ({@code ?area=VETERANS&group=CHILDREN}); an unknown value is no filter.
 */
final class TopicFilters {

    private TopicFilters() {
    }

    static void area(ComboBox<CooperationArea> field, String id, Runnable changed) {
        field.setId(id);
        field.setItems(CooperationArea.values());
        field.setItemLabelGenerator(a -> field.getTranslation("cooperation-area." + a.name()));
        field.setPlaceholder(field.getTranslation("topics.all-areas"));
        field.setAriaLabel(field.getTranslation("meeting.field.areas"));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> changed.run());
    }

    static void targetGroup(ComboBox<TargetGroup> field, String id, Runnable changed) {
        field.setId(id);
        field.setItems(TargetGroup.values());
        field.setItemLabelGenerator(g -> field.getTranslation("target-group." + g.name()));
        field.setPlaceholder(field.getTranslation("topics.all-target-groups"));
        field.setAriaLabel(field.getTranslation("meeting.field.target-groups"));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> changed.run());
    }

    /** Sets the fields from the address. */
    static void read(QueryParameters query, ComboBox<CooperationArea> area, ComboBox<TargetGroup> targetGroup) {
        query.getSingleParameter(MeetingLinks.QUERY_AREA).flatMap(v -> valueOf(CooperationArea.class, v))
                .ifPresent(area::setValue);
        query.getSingleParameter(MeetingLinks.QUERY_TARGET_GROUP).flatMap(v -> valueOf(TargetGroup.class, v))
                .ifPresent(targetGroup::setValue);
    }

    /** Puts the chosen topics into the address's parameters. */
    static void remember(java.util.Map<String, String> parameters, CooperationArea area, TargetGroup targetGroup) {
        if (area != null) {
            parameters.put(MeetingLinks.QUERY_AREA, area.name());
        }
        if (targetGroup != null) {
            parameters.put(MeetingLinks.QUERY_TARGET_GROUP, targetGroup.name());
        }
    }

    static <E extends Enum<E>> Optional<E> valueOf(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst();
    }
}
