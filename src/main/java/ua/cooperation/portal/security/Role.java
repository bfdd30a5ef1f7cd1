package ua.cooperation.portal.security;

/**
 * What a user may do in the portal. A user can hold several roles.
 * The string constants exist for annotations such as {@code @RolesAllowed(Role.Names.OFFICER)}.
 */
public enum Role {
    /** Portal administrator: users, guest accounts, reference data, audit log. */
    ADMIN,
    /** International cooperation officer: creates and edits everything. */
    OFFICER,
    /** Head of the administration or a department: reads everything, approves. */
    HEAD,
    /** Embassy liaison with a guest account, bound to one or more partner countries. */
    LIAISON;

    public String authority() {
        return "ROLE_" + name();
    }

    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String OFFICER = "OFFICER";
        public static final String HEAD = "HEAD";
        public static final String LIAISON = "LIAISON";

        private Names() {
        }
    }
}
