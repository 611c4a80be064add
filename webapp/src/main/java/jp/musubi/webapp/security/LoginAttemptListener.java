package jp.musubi.webapp.security;

import jp.musubi.workflow.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A successful login is noted on the account and ends the back-off of its login ID (failures are
 * counted by {@link LoginFailureHandler}, which sees every failed attempt whatever its cause).
 */
@Component
class LoginAttemptListener {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    LoginAttemptListener(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
        throttle.recordSuccess(attempt(event.getAuthentication()));
    }

    private static LoginAttempt attempt(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        return LoginAttempt.of(authentication.getName(), address);
    }
}
