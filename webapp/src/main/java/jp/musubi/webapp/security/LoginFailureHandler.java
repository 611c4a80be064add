package jp.musubi.webapp.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page with the reason as a message key; the page shows it
 * in Japanese. Whether the ID exists is never revealed: unknown ID and wrong password read the same,
 * and a throttled attempt reads the same for both (its password is not even checked). "disabled" is
 * only answered after the right password (see {@code SecurityConfiguration#authenticationProvider}).
 * Every other failure counts towards the throttle, whatever its cause (wrong password, unknown ID, an
 * ID the database cannot even look up), so that every submitted ID is throttled alike.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
        setRedirectStrategy(new RelativeRedirectStrategy());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (!(exception instanceof LoginThrottledException || exception instanceof AccountStatusException)) {
            throttle.recordFailure(LoginAttempt.of(request.getParameter("username"), request.getRemoteAddr()));
        }
        String reason = "badCredentials";
        if (exception instanceof LoginThrottledException) {
            reason = "throttled";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        }
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
    }
}
