package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.MeetingProposal;
import ua.cooperation.portal.proposal.ProposalChanges;
import ua.cooperation.portal.proposal.ProposalService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a partner proposes: the kind, the topic, a description, one to three date options (Kyiv time; "Add a date"
 * shows the next), a place or an online link, who comes from her side, and her country when she has several. The
 * length and required rules are the ones declared on {@link ProposalChanges}; the service checks everything again.
 */
class ProposalForm extends FormLayout implements RecordForm {

    static final String ID_KIND = "proposal-kind";
    static final String ID_TITLE = "proposal-title";
    static final String ID_DESCRIPTION = "proposal-description";
    static final String ID_ADD_OPTION = "proposal-add-option";
    static final String ID_PLACE = "proposal-place";
    static final String ID_LINK = "proposal-online-link";
    static final String ID_PARTICIPANTS = "proposal-participants";
    static final String ID_COUNTRY = "proposal-country";

    /** The form's working copy. */
    static final class Draft {
        MeetingType type;
        String title;
        String description;
        String place;
        String onlineLink;
        String participants;
        String country;
    }

    final Select<MeetingType> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final List<DateTimePicker> starts = new ArrayList<>();
    final List<DateTimePicker> ends = new ArrayList<>();
    private final List<HorizontalLayout> optionRows = new ArrayList<>();
    final Button addOption = new Button();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final TextArea participants = new TextArea();
    final Select<String> country = new Select<>();
    private final Binder<Draft> binder = new Binder<>();

    ProposalForm(List<String> countries, Locale locale) {
        setResponsiveSteps(new ResponsiveStep("0", 1));
        kind.setId(ID_KIND);
        kind.setLabel(getTranslation("proposal.field.kind"));
        kind.setItems(ProposalService.KINDS);
        kind.setItemLabelGenerator(t -> t == null ? "" : getTranslation("meeting-type." + t.name()));
        kind.setRequiredIndicatorVisible(true);
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("proposal.field.title"));
        title.setMaxLength(MeetingProposal.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        description.setId(ID_DESCRIPTION);
        description.setLabel(getTranslation("proposal.field.description"));
        description.setMaxLength(MeetingProposal.DESCRIPTION_MAX_LENGTH);
        add(kind, title, description);
        for (int i = 1; i <= MeetingProposal.MAX_OPTIONS; i++) {
            addOptionRow(i, locale);
        }
        addOption.setId(ID_ADD_OPTION);
        addOption.setText(getTranslation("proposal.add-option"));
        addOption.setIcon(VaadinIcon.PLUS.create());
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOption.addClickListener(e -> showNextOption());
        add(addOption);
        place.setId(ID_PLACE);
        place.setLabel(getTranslation("proposal.field.place"));
        place.setMaxLength(MeetingProposal.PLACE_MAX_LENGTH);
        onlineLink.setId(ID_LINK);
        onlineLink.setLabel(getTranslation("proposal.field.online-link"));
        onlineLink.setMaxLength(MeetingProposal.LINK_MAX_LENGTH);
        onlineLink.setHelperText(getTranslation("proposal.field.place-or-link"));
        participants.setId(ID_PARTICIPANTS);
        participants.setLabel(getTranslation("proposal.field.participants"));
        participants.setHelperText(getTranslation("proposal.field.participants-help"));
        participants.setMaxLength(MeetingProposal.PARTICIPANTS_MAX_LENGTH);
        add(place, onlineLink, participants);
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("proposal.field.country"));
        country.setItems(countries);
        country.setItemLabelGenerator(code -> code == null ? "" : CountryNames.displayName(code, locale));
        // her only country goes without asking
        country.setVisible(countries.size() > 1);
        if (countries.size() == 1) {
            country.setValue(countries.getFirst());
        }
        add(country);
        bind();
        FieldMessages.applyTo(this);
    }

    /** The rules of each field, as declared on {@link ProposalChanges}. */
    private void bind() {
        binder.forField(kind).asRequired(getTranslation("proposal.field.kind-required"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(title).withValidator(Constraints.of(ProposalChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).withValidator(Constraints.of(ProposalChanges.class, "description"))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(place).withValidator(Constraints.of(ProposalChanges.class, "place"))
                .bind(d -> d.place, (d, v) -> d.place = v);
        binder.forField(onlineLink).withValidator(Constraints.of(ProposalChanges.class, "onlineLink"))
                .bind(d -> d.onlineLink, (d, v) -> d.onlineLink = v);
        binder.forField(participants).withValidator(Constraints.of(ProposalChanges.class, "participants"))
                .bind(d -> d.participants, (d, v) -> d.participants = v);
        binder.forField(country).bind(d -> d.country, (d, v) -> d.country = v);
    }

    private void addOptionRow(int number, Locale locale) {
        var start = new DateTimePicker();
        var end = new DateTimePicker();
        start.setId("proposal-option-" + number + "-start");
        end.setId("proposal-option-" + number + "-end");
        start.setLabel(getTranslation("proposal.field.option-start", number));
        end.setLabel(getTranslation("proposal.field.option-end", number));
        for (var picker : List.of(start, end)) {
            picker.setLocale(locale);
            picker.setStep(Duration.ofMinutes(15));
            picker.setHelperText(getTranslation("meeting.field.kyiv-time"));
            picker.setRequiredIndicatorVisible(number == 1);
        }
        start.addValueChangeListener(e -> {
            // the end follows the start an hour later until the user sets it
            if (e.getValue() != null && (end.isEmpty() || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        starts.add(start);
        ends.add(end);
        var row = new HorizontalLayout(start, end);
        row.setVisible(number == 1);
        optionRows.add(row);
        add(row);
    }

    private void showNextOption() {
        optionRows.stream().filter(row -> !row.isVisible()).findFirst().ifPresent(row -> row.setVisible(true));
        addOption.setVisible(optionRows.stream().anyMatch(row -> !row.isVisible()));
    }

    /** The entered proposal when every field is valid; marks the fields otherwise. */
    Optional<ProposalChanges> writeIfValid() {
        var draft = new Draft();
        boolean valid = binder.writeBeanIfValid(draft);
        var options = new ArrayList<DateOption>();
        for (int i = 0; i < starts.size(); i++) {
            if (!optionRows.get(i).isVisible()) {
                continue;
            }
            var start = starts.get(i);
            var end = ends.get(i);
            start.setInvalid(false);
            end.setInvalid(false);
            if (start.isEmpty() && end.isEmpty() && i > 0) {
                continue;
            }
            if (start.isEmpty() || end.isEmpty()) {
                var missing = start.isEmpty() ? start : end;
                missing.setErrorMessage(getTranslation("proposal.field.date-required"));
                missing.setInvalid(true);
                valid = false;
                continue;
            }
            options.add(new DateOption(start.getValue().atZone(PortalTime.ZONE).toInstant(),
                    end.getValue().atZone(PortalTime.ZONE).toInstant()));
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new ProposalChanges(draft.type, draft.title, draft.description, options, draft.place,
                draft.onlineLink, draft.participants, draft.country));
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        var field = fieldOf(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }

    private HasValidation fieldOf(String name) {
        if (name.startsWith("option-")) {
            // option-N-start, option-N-end
            var parts = name.split("-");
            int index = Integer.parseInt(parts[1]) - 1;
            if (index < 0 || index >= starts.size()) {
                return null;
            }
            return "start".equals(parts[2]) ? starts.get(index) : ends.get(index);
        }
        return switch (name) {
            case "kind" -> kind;
            case "title" -> title;
            case "options" -> starts.getFirst();
            case "place" -> place;
            case "onlineLink" -> onlineLink;
            case "participants" -> participants;
            case "country" -> country;
            default -> null;
        };
    }

}
