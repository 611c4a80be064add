package jp.musubi.webapp.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.common.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;


/**
 * For API routes, a refused request is answered with RFC 9457 problem+json in Japanese instead of
 * the login page: 401 when not logged in, 403 when the role is not allowed.
 */
@Component
class ApiSecurityProblems {

    private static final Messages TEXTS = Messages.of("i18n/security");

    AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, exception) -> write(request, response, HttpStatus.UNAUTHORIZED,
                TEXTS.get("security.unauthorized.title"), TEXTS.get("security.unauthorized.detail"));
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
                TEXTS.get("security.forbidden.title"), TEXTS.get("security.forbidden.detail"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemJson.write(problem, response.getOutputStream());
    }
}
