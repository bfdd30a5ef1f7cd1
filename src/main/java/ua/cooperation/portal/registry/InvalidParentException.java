package ua.cooperation.portal.registry;

/** The chosen parent is the organisation itself or one of its descendants: the hierarchy would become a cycle. */
public class InvalidParentException extends RegistryRefusedException {

    public InvalidParentException(long organisationId, long parentId) {
        super(Reason.PARENT_CYCLE, "Organisation " + parentId + " cannot be the parent of organisation "
                + organisationId + ": it is the organisation itself or below it");
    }
}
