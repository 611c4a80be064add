package jp.musubi.webapp.security;

import java.util.Set;

/** What administration sees of the login throttle: which login IDs are held back, and lifting that. */
public interface LoginRestrictions {

    /** The login IDs (lower-cased) whose failed-login back-off runs now, from some client or from all. */
    Set<String> restrictedLoginIds();

    /** Forgets the failed logins of this login ID from every client, so its back-off ends at once. */
    void lift(String loginId);
}
