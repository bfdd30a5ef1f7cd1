package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A "Follow" / "Following" button on a record's page, provided by notification.ui as a bean, so that the pages of
 * partnerships, programmes, meetings, organisations and countries offer it without reaching into another feature's
 * ui. {@code K} is the kind of record as the translations name it ({@code translation.TextOwnerKind}); inject
 * {@code FollowButtons<TextOwnerKind>}. The button asks the service whether the reader may follow the record.
 */
public interface FollowButtons<K> {

    /** The button for the record {@code kind}/{@code id}; its id is {@code follow-button}. */
    Component create(K kind, long id);

    /** The button for a country, named by its code. */
    Component forCountry(String code);
}
