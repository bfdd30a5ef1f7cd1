package ua.cooperation.portal.registry.ui;

import java.util.function.LongFunction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.RefusedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.registry.LikelyDuplicate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Small pieces the registry views share. */
final class Registry {

    private Registry() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String country(String code, Locale locale) {
        return code == null ? "" : CountryNames.displayName(code, locale);
    }

    /**
     * The warning shown before saving a record whose name is close to stored ones, with links to open them (in a new
     * tab, so that the form keeps what was typed).
     */
    static Div duplicateWarning(String id, LongFunction<String> address, List<LikelyDuplicate> duplicates,
                                Locale locale, Component source) {
        var box = new Div();
        box.setId(id);
        box.addClassName("portal-duplicate-warning");
        box.add(new Paragraph(source.getTranslation("registry.duplicates.text")));
        for (var duplicate : duplicates) {
            var link = new Anchor(address.apply(duplicate.id()),
                    duplicate.name() + " · " + country(duplicate.countryCode(), locale));
            link.setTarget("_blank");
            link.setId(id + "-" + duplicate.id());
            link.addClassName(LumoUtility.Display.BLOCK);
            box.add(link);
        }
        return box;
    }

    /** Shows a service's refusal at {@code field} of {@code form}; false when there is no field for it. */
    static boolean showAt(HasValidation field, RefusedException.Refusal refusal, Component form) {
        if (field == null) {
            return false;
        }
        field.setErrorMessage(form.getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }

    /** A record page's header: the record's name, what follows it (a badge, a Latin name), a link to its country. */
    static HorizontalLayout header(H2 title, String titleId, Component... rest) {
        title.setId(titleId);
        title.addClassName(LumoUtility.Margin.NONE);
        var header = new HorizontalLayout(title);
        header.add(rest);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.FlexWrap.WRAP);
        return header;
    }

    /** A tab whose content is built afresh each time it is selected (a record's meetings, read when asked for). */
    static void addFreshTab(TabSheet tabs, String label, String tabId, Supplier<Component> content) {
        var holder = new Div();
        var tab = tabs.add(label, holder);
        tab.setId(tabId);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                holder.removeAll();
                holder.add(content.get());
            }
        });
    }

    /**
     * The "new" dialog of a registry list: the kit's {@link CreateDialog}, which first looks for stored records with a
     * close name and, if there are any, shows them as links and stores only on "save anyway". Ids:
     * {@code <kind>-create-save}, {@code <kind>-create-save-anyway}, {@code <kind>-duplicates}.
     */
    static <F extends Component & RecordForm, C, R> void openCreate(
            Component list, Locale locale, String kind, F form, Function<F, Optional<C>> write,
            Function<C, List<LikelyDuplicate>> duplicates, LongFunction<String> address, Function<C, R> create,
            Consumer<R> created) {
        CreateDialog.open(list, kind, kind + ".create.title", form, write, create, record -> {
                    Notifications.saved(list);
                    created.accept(record);
                })
                .saveId(kind + "-create-save")
                .warnFirst(changes -> Optional.of(duplicates.apply(changes)).filter(found -> !found.isEmpty())
                        .map(found -> duplicateWarning(kind + "-duplicates", address, found, locale, list)),
                        "registry.duplicates.save-anyway");
    }

    /** A list's country filter: the countries the reader may see, none chosen meaning all. */
    static ComboBox<String> countryFilter(RegistryLookups lookups, Component list, Locale locale, String id,
                                          Runnable refresh) {
        var country = lookups.countryPicker(locale);
        country.setId(id);
        country.setPlaceholder(list.getTranslation("registry.list.all-countries"));
        country.setAriaLabel(list.getTranslation("registry.field.country"));
        country.addValueChangeListener(e -> refresh.run());
        return country;
    }

    /** A list's "new" button, shown when the reader may edit (the service's permissions, never a role). */
    static Button newButton(Component list, String labelKey, String id, boolean mayEdit, Runnable open) {
        var create = new Button(list.getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> open.run());
        create.setId(id);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayEdit);
        return create;
    }

    /** A list's row of filters: the search box takes the room left, the rest wraps under it on narrow screens. */
    static HorizontalLayout filters(Component search, Component... rest) {
        var filters = new HorizontalLayout(search);
        filters.add(rest);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    /** A list's count label. */
    static Span count(String id) {
        var count = new Span();
        count.setId(id);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return count;
    }

    /** A list's grid: full size, striped; a click or Enter on a row opens the record. */
    static <T> void listGrid(Grid<T> grid, String id, String emptyKey, ToLongFunction<T> rowId, LongConsumer open) {
        grid.setId(id);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
        grid.addItemClickListener(e -> open.accept(rowId.applyAsLong(e.getItem())));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(grid::select));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(item -> open.accept(rowId.applyAsLong(item)))).setFilter("event.key === 'Enter'");
    }
}
