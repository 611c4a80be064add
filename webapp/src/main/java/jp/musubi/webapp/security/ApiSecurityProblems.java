package jp.musubi.webapp.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, exception) -> write(request, response, HttpStatus.UNAUTHORIZED,
                "ログインが必要です", "この操作にはログインが必要です。ログインしてから再度お試しください。");
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
                "権限がありません", "この操作を行う権限がありません。必要な場合は管理者にお問い合わせください。");
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
