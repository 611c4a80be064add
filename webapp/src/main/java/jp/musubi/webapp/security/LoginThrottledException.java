package jp.musubi.webapp.security;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused by {@link LoginThrottle} before its password was checked. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Login attempt throttled");
    }
}
