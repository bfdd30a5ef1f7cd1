package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The free-text filter above every list: a search icon, a clear button, a translated placeholder that is also its
 * accessible name, and a lazy value change so that the list refreshes when the user pauses typing.
 */
public class SearchField extends TextField {

    public SearchField(String id, String placeholderKey, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation(placeholderKey));
        setAriaLabel(getTranslation(placeholderKey));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> onChange.run());
    }
}
