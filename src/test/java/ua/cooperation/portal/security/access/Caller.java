package ua.cooperation.portal.security.access;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.List;

/**
 * Who asks the matrix's questions: a session as the application makes it, the liaison country whose fixtures it is
 * asked with, and what it may get.
 */
record Caller(String name, Authentication authentication, String country, Expect expect) {

    /** What a caller may get. */
    enum Expect {
        /** An embassy liaison: the shared records of her countries, nothing else; she writes only her own things. */
        LIAISON,
        /** An officer previewing the portal as the liaison of a country: answers as that liaison, writes nothing. */
        PREVIEW,
        /** A sign-in that gave the password but not yet the second factor: nothing at all, and writes nothing. */
        NOTHING
    }

    private static List<Caller> all;

    /**
     * The Lithuanian and the Polish liaison, the guest bound to the IOM mission, the officer previewing as the liaison of Lithuania, and the head's
     * sign-in waiting for its second factor (the head holds every staff right once it completes). Made once per test
     * run: the preview is started (and audited) once, the pending sign-in posted once.
     */
    static synchronized List<Caller> all(ApplicationContext context) {
        if (all == null) {
            all = List.of(liaison("liaison-lt", AccessFixtures.LITHUANIA),
                    liaison("liaison-pl", AccessFixtures.POLAND),
                    // a guest bound to an organisation instead of countries (ADR 0042): the same rights as a liaison
                    liaison("guest-iom", AccessFixtures.IOM),
                    new Caller("officer previewing as the liaison of LT",
                            SignedIn.previewOf(context.getBean(LiaisonPreview.class), "LT"),
                            AccessFixtures.LITHUANIA, Expect.PREVIEW),
                    new Caller("head, second factor pending",
                            SignedIn.pendingSecondFactorOf(context, "head"), AccessFixtures.LITHUANIA,
                            Expect.NOTHING));
        }
        return all;
    }

    /** The callers that are liaisons proper (and so may see their own records). */
    static List<Caller> liaisons(ApplicationContext context) {
        return all(context).stream().filter(c -> c.expect() == Expect.LIAISON).toList();
    }

    /** The caller that a preview as the liaison of Lithuania must answer exactly like. */
    static Caller lithuanianLiaison(ApplicationContext context) {
        return all(context).getFirst();
    }

    private static Caller liaison(String username, String country) {
        return new Caller(username, SignedIn.authenticationOf(SignedIn.demoUser(username)), country, Expect.LIAISON);
    }

    /** Puts this caller's session in place for the current thread. */
    SignedIn signIn() {
        return SignedIn.with(authentication);
    }

    /** Whether the caller may see the records her country's fixtures call visible. */
    boolean seesVisibleRecords() {
        return expect != Expect.NOTHING;
    }

    @Override
    public String toString() {
        return name;
    }
}
