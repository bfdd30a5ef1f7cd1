package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.visit.ItineraryDay;
import ua.cooperation.portal.visit.VisitDetails;
import ua.cooperation.portal.visit.VisitItineraryService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/**
 * The visit's programme: each of its days with the meetings of the day by start (time, title as a link, place); two
 * meetings that overlap are marked "overlaps". An editor adds a new meeting, links an existing one or unlinks one.
 */
class VisitProgrammeTab extends VerticalLayout {

    static final String ID_DAYS = "visit-programme-days";
    static final String ID_ADD = "visit-programme-add";
    static final String ID_LINK = "visit-programme-link";
    static final String ID_LINK_DIALOG = "visit-programme-link-dialog";
    static final String ID_LINK_PICKER = "visit-programme-link-meeting";
    static final String ID_LINK_SAVE = "visit-programme-link-save";

    private final VisitItineraryService itinerary;
    private final EditFlow<VisitDetails> flow;
    private final Supplier<VisitDetails> shown;
    private final Runnable reload;
    private final Div days = new Div();
    private final HorizontalLayout actions;

    VisitProgrammeTab(VisitItineraryService itinerary, EditFlow<VisitDetails> flow, Supplier<VisitDetails> shown,
                      Runnable reload) {
        this.itinerary = itinerary;
        this.flow = flow;
        this.shown = shown;
        this.reload = reload;
        setPadding(false);
        days.setId(ID_DAYS);
        days.setWidthFull();
        var add = new Button(getTranslation("visit.programme.add"), VaadinIcon.PLUS.create(), e -> openAdd());
        add.setId(ID_ADD);
        var link = new Button(getTranslation("visit.programme.link"), VaadinIcon.LINK.create(), e -> openLink());
        link.setId(ID_LINK);
        actions = new HorizontalLayout(add, link);
        add(actions, days);
    }

    void refresh() {
        var visit = shown.get();
        actions.setVisible(visit.permissions().mayEdit());
        days.removeAll();
        var dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        for (var day : itinerary.itineraryOf(visit.id(), getLocale())) {
            var heading = new H4(dayFormat.format(day.day()));
            heading.addClassName(LumoUtility.Margin.Top.MEDIUM);
            var dayBox = new Div(heading);
            dayBox.setId("visit-programme-day-" + day.day());
            if (day.meetings().isEmpty()) {
                var none = new Span(getTranslation("visit.programme.no-meetings"));
                none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                dayBox.add(none);
            }
            for (var entry : day.meetings()) {
                dayBox.add(line(visit, entry));
            }
            days.add(dayBox);
        }
    }

    private HorizontalLayout line(VisitDetails visit, ItineraryDay.Entry entry) {
        var time = new Span(VisitTexts.time(entry.startsAt(), getLocale()) + "–"
                + VisitTexts.time(entry.endsAt(), getLocale()));
        time.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        var title = new Anchor(MeetingLinks.details(entry.meetingId()), entry.title().text());
        title.setId("visit-programme-meeting-" + entry.meetingId());
        var line = new HorizontalLayout(time, title);
        if (entry.place() != null) {
            var place = new Span(entry.place());
            place.addClassName(LumoUtility.TextColor.SECONDARY);
            line.add(place);
        }
        if (entry.overlaps()) {
            var overlaps = new Span(getTranslation("visit.programme.overlaps"));
            overlaps.setId("visit-programme-overlaps-" + entry.meetingId());
            overlaps.addClassNames("portal-badge", "portal-badge-warning");
            line.add(overlaps);
        }
        if (visit.permissions().mayEdit()) {
            var unlink = new Button(getTranslation("visit.programme.unlink"), e -> flow.run(() -> {
                itinerary.unlinkMeeting(visit.id(), visit.version(), entry.meetingId());
                return visit;
            }, RecordForm.NO_FIELDS, done -> reload.run()));
            unlink.setId("visit-programme-unlink-" + entry.meetingId());
            unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            line.add(unlink);
        }
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName(LumoUtility.FlexWrap.WRAP);
        return line;
    }

    private void openAdd() {
        var visit = shown.get();
        new ProgrammeMeetingDialog(flow, visit,
                changes -> itinerary.addMeeting(visit.id(), visit.version(), changes, getLocale()), reload).open();
    }

    private void openLink() {
        var visit = shown.get();
        var dialog = new Dialog();
        dialog.setId(ID_LINK_DIALOG);
        dialog.setHeaderTitle(getTranslation("visit.programme.link"));
        dialog.setWidth("min(36em, 95vw)");
        var picker = new ComboBox<MeetingListItem>(getTranslation("visit.programme.meeting"));
        picker.setId(ID_LINK_PICKER);
        picker.setWidthFull();
        picker.setItems(itinerary.linkableMeetings(visit.id(), getLocale()));
        picker.setItemLabelGenerator(m -> VisitTexts.dateTime(m.startsAt(), getLocale()) + " · "
                + m.shownTitle().orEmpty());
        dialog.add(picker);
        var save = new Button(getTranslation("visit.programme.link-save"), e -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                return;
            }
            flow.runInDialog(dialog, () -> {
                itinerary.linkMeeting(visit.id(), visit.version(), picker.getValue().id());
                return visit;
            }, RecordForm.NO_FIELDS, done -> reload.run());
        });
        save.setId(ID_LINK_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
