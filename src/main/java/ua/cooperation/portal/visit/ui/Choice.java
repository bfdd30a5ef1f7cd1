package ua.cooperation.portal.visit.ui;

/** A record offered in a picker; equal by id, so that a stored selection matches the picker's items. */
record Choice(long id, String name) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
