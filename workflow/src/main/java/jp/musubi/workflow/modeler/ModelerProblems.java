package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The modeler API's refusals as RFC 9457 problem+json in Japanese. */
@RestControllerAdvice(assignableTypes = ModelerApiController.class)
class ModelerProblems {

    @ExceptionHandler(DiagramRefusedException.class)
    ResponseEntity<ProblemDetail> refused(DiagramRefusedException refused, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, TEXTS.get("modeler.java.problem.refused.title"),
                TEXTS.get("modeler.java.problem.refused.detail", refused.problems().size()), request);
        problem.setProperty("errors", ModelerApiController.errors(refused));
        return respond(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException stale, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, TEXTS.get("modeler.java.problem.stale.title"),
                TEXTS.get("modeler.java.problem.stale.detail", stale.latestVersion()), request));
    }

    @ExceptionHandler(UnknownProcessException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownProcessException unknown, HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, TEXTS.get("modeler.java.problem.unknown.title"),
                TEXTS.get("modeler.java.problem.unknown.detail"), request));
    }

    @ExceptionHandler(ModelerApiController.DiagramTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, TEXTS.get("modeler.java.problem.tooLarge.title"),
                TEXTS.get("modeler.java.problem.tooLarge.detail"), request));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
