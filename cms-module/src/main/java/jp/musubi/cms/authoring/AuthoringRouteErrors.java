package jp.musubi.cms.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors on the authoring and asset routes that happen before a controller is chosen (a method the
 * route does not support, an unknown sub-path, an upload over the container's limit), where no
 * controller advice applies: answered as Japanese problem+json too. Other routes are left alone.
 */
@Component
class AuthoringRouteErrors implements HandlerExceptionResolver, Ordered {

    private static final String[] ROUTES = {"/api/cms/items/", "/api/cms/assets", "/dam/"};

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (handler instanceof HandlerMethod || !(ex instanceof ErrorResponse error) || !isOwnRoute(request)
                || response.isCommitted()) {
            return null;
        }
        HttpStatusCode status = error.getStatusCode();
        ProblemDetail problem = AuthoringProblems.japanese(ex, status);
        try {
            HttpHeaders headers = error.getHeaders();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), body(problem, request));
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, Object> body(ProblemDetail problem, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static boolean isOwnRoute(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String route : ROUTES) {
            if (path.startsWith(route)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
