package jp.musubi.workflow.account;

import java.util.Set;

/**
 * What administration sees of the login throttle: which login IDs are held back, and lifting that.
 * Declared here, beside the page that uses it, because the throttle belongs to the shell's security
 * (webapp), which workflow cannot depend on; the shell's login throttle implements it.
 */
public interface LoginRestrictions {

    /** The login IDs (lower-cased) whose failed-login back-off runs now, from some client or from all. */
    Set<String> restrictedLoginIds();

    /** Forgets the failed logins of this login ID from every client, so its back-off ends at once. */
    void lift(String loginId);
}
