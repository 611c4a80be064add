package jp.musubi.cms.delivery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes the delivery API's refusals as RFC 9457 problem+json in Japanese; a 400 also lists the
 * parameter at fault in {@code errors: [{property, message}]}.
 */
@RestControllerAdvice(assignableTypes = DeliveryController.class)
class DeliveryProblemHandler {

    @ExceptionHandler(DeliveryProblem.class)
    ResponseEntity<ProblemDetail> problem(DeliveryProblem problem, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(problem.status()), problem.detail());
        body.setTitle(problem.title());
        body.setInstance(URI.create(request.getRequestURI()));
        if (problem.parameter() != null) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("property", problem.parameter());
            error.put("message", problem.detail());
            body.setProperty("errors", List.of(error));
        }
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
