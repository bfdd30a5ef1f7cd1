package ua.cooperation.portal.testsupport;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.document.DocumentOwnerAccess;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.CountryScope;

/**
 * Test-only owners for documents: stands in for the meeting feature's {@link DocumentOwnerAccess} until that feature
 * exists (then delete this class: two beans for one kind stop the application). Meetings 1 to 100 "exist"; staff read
 * and edit all of them, the Lithuanian liaison reads only meeting 1, and liaisons edit none.
 */
@Component
public class TestMeetingDocumentOwners implements DocumentOwnerAccess {

    public static final long FIRST = 1;
    public static final long LAST = 100;
    /** The one meeting the Lithuanian liaison may see. */
    public static final long SHARED_WITH_LITHUANIA = 1;

    private final CountryScope scope;

    TestMeetingDocumentOwners(CountryScope scope) {
        this.scope = scope;
    }

    @Override
    public DocumentOwnerKind kind() {
        return DocumentOwnerKind.MEETING;
    }

    @Override
    public boolean canRead(long ownerId) {
        if (ownerId < FIRST || ownerId > LAST) {
            return false;
        }
        return !scope.isRestricted()
                || ownerId == SHARED_WITH_LITHUANIA && scope.visibleCountryCodes().contains("LT");
    }

    @Override
    public boolean canEdit(long ownerId) {
        return ownerId >= FIRST && ownerId <= LAST && !scope.isRestricted();
    }
}
