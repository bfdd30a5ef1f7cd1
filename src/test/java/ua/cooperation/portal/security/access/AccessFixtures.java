package ua.cooperation.portal.security.access;

import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestFiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the access matrix asks for as the Lithuanian liaison, per kind of record: ones of other countries,
 * internal ones of Lithuania (not shared with partners), one she may see, and one that does not exist. The demo data
 * (db/changelog/demo) provides them; documents are attached once, on first use.
 * <p>
 * A new kind of record (a new service taking an id, a new route with a parameter) has no entry here, and the matrix
 * fails until one is added: that is how a new entry point cannot escape it.
 */
final class AccessFixtures {

    /** One record id with what it is, for the failure messages. */
    record Probe(Object id, String what) {
    }

    /** The ids of one kind: out of scope for liaison-lt, one in scope, and one that does not exist. */
    record Kind(List<Probe> outOfScope, Object visible, Object missing) {
    }

    static final long MISSING = 999_999_999L;

    private static Map<String, Kind> kinds;

    private AccessFixtures() {
    }

    static synchronized Map<String, Kind> kinds(DocumentService documents) {
        if (kinds == null) {
            kinds = build(documents);
        }
        return kinds;
    }

    private static Map<String, Kind> build(DocumentService documents) {
        var map = new LinkedHashMap<String, Kind>();
        map.put("COUNTRY", new Kind(List.of(new Probe("PL", "Poland"), new Probe("UA", "Ukraine")), "LT", "XX"));
        map.put("ORGANISATION", new Kind(List.of(new Probe(7L, "a Polish organisation"),
                new Probe(1L, "a Ukrainian ministry")), 2L, MISSING));
        map.put("PERSON", new Kind(List.of(new Probe(6L, "a Polish person"), new Probe(5L, "a Norwegian person"),
                new Probe(4L, "a Ukrainian person")), 1L, MISSING));
        map.put("POSITION", new Kind(List.of(new Probe(6L, "a post at a Polish organisation"),
                new Probe(4L, "a post at a Ukrainian organisation")), 1L, MISSING));
        map.put("MUNICIPALITY", new Kind(List.of(new Probe(3L, "Lublin (Poland)"),
                new Probe(1L, "a Ukrainian hromada")), 2L, MISSING));
        map.put("PARTNERSHIP", new Kind(List.of(new Probe(2L, "a Polish partnership"),
                new Probe(3L, "an internal Lithuanian partnership")), 1L, MISSING));
        map.put("PROGRAMME", new Kind(List.of(new Probe(2L, "a Polish programme"),
                new Probe(3L, "an internal Lithuanian programme")), 1L, MISSING));
        map.put("MEETING", new Kind(List.of(new Probe(2L, "an internal visit of the Ministry of Defence (UA)"),
                new Probe(3L, "an internal call with IOM")), 1L, MISSING));
        // action items of the shared Lithuanian meeting: 1 is the Lithuanian liaison's own, 2 and 3 are not
        map.put("ACTION_ITEM", new Kind(List.of(new Probe(2L, "an officer's action item"),
                new Probe(3L, "an action item of a registry person")), 1L, MISSING));
        map.put("USER", new Kind(List.of(new Probe(1L, "the administrator"), new Probe(5L, "the Polish liaison")),
                4L, MISSING));
        try (var ignored = SignedIn.as("officer")) {
            long polish = upload(documents, 2, true, "Polish partnership, shared");
            long internalOfShared = upload(documents, 1, false, "Lithuanian partnership, internal document");
            long ofInternal = upload(documents, 3, true, "internal Lithuanian partnership, shared document");
            long visible = upload(documents, 1, true, "Lithuanian partnership, shared document");
            map.put("DOCUMENT", new Kind(List.of(new Probe(polish, "a document of a Polish partnership"),
                    new Probe(internalOfShared, "an internal document of a shared partnership"),
                    new Probe(ofInternal, "a shared document of an internal partnership")), visible, MISSING));
        }
        return Map.copyOf(map);
    }

    private static long upload(DocumentService documents, long partnership, boolean shared, String title) {
        return documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, partnership, DocumentType.REPORT, "uk",
                "Access matrix: " + title, shared, "access-matrix.pdf"), TestFiles.PDF).id();
    }
}
