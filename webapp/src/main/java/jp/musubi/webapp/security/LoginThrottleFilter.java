package jp.musubi.webapp.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the login form's POST: a throttled attempt is answered as a failed login without the
 * password being checked, so the answer tells nothing about the password or whether the ID exists.
 * Not a bean: registered in the security filter chain only (a bean would also be a servlet filter).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final AuthenticationFailureHandler failureHandler;

    LoginThrottleFilter(LoginThrottle throttle, AuthenticationFailureHandler failureHandler) {
        this.throttle = throttle;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginAttempt attempt = LoginAttempt.of(request.getParameter("username"), request.getRemoteAddr());
        if (throttle.refuses(attempt)) {
            failureHandler.onAuthenticationFailure(request, response, new LoginThrottledException());
            return;
        }
        chain.doFilter(request, response);
    }
}
