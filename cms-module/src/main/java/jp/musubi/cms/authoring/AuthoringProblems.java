package jp.musubi.cms.authoring;

import static jp.musubi.cms.authoring.AuthoringTexts.TEXTS;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.cms.asset.AssetNotFoundException;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.authoring.Views.ItemView;
import jp.musubi.cms.content.ContentConflictException;
import jp.musubi.cms.content.ContentNotFoundException;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.content.ContentTooLargeException;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.contenttypes.definition.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the authoring API and of {@code /dam} as RFC 9457 problem+json in Japanese; a
 * validation problem lists its {@code errors} as {@code {property, message}}. Spring MVC's own
 * errors (unreadable JSON, wrong method…) get Japanese wording too.
 */
@RestControllerAdvice(basePackages = {"jp.musubi.cms.authoring", "jp.musubi.cms.asset"})
class AuthoringProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthoringProblems.class);

    @ExceptionHandler({ContentNotFoundException.class, AssetNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return respond(problem(HttpStatus.NOT_FOUND, TEXTS.get("authoring.notFound.title"), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ContentConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, TEXTS.get("authoring.conflict.title"), e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("current", ItemView.of(e.current()));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> state(ContentStateException e) {
        return respond(problem(HttpStatus.CONFLICT, TEXTS.get("authoring.state.title"), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(ContentValidationException e) {
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, TEXTS.get("authoring.invalid.title"),
                TEXTS.get("authoring.invalid.detail", e.violations().size())), e.violations()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return respond(withErrors(problem(HttpStatus.BAD_REQUEST, TEXTS.get("authoring.badRequest.title"), e.getMessage()),
                e.violations()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, TEXTS.get("authoring.contentTooLarge.title"), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> assetRejected(AssetRejectedException e) {
        if (e.isTooLarge()) {
            return respond(withErrors(problem(HttpStatus.CONTENT_TOO_LARGE, TEXTS.get("authoring.fileTooLarge.title"), e.getMessage()),
                    List.of(new Violation("file", e.getMessage()))));
        }
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, TEXTS.get("authoring.fileRejected.title"),
                e.getMessage()), List.of(new Violation("file", e.getMessage()))));
    }

    /** Anything unforeseen: 500 without internals; security's own exceptions keep their handling. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, TEXTS.get("authoring.serverError.title"),
                TEXTS.get("authoring.unexpected.detail")));
    }

    /** Spring MVC's exceptions: same status, Japanese wording. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpStatusCode status = statusCode;
        if (ex instanceof HttpMessageNotReadableException && RequestSizeLimitFilter.isTooLarge(ex)) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        }
        return super.handleExceptionInternal(ex, japanese(ex, status), headers, status, request);
    }

    static ProblemDetail japanese(Exception ex, HttpStatusCode status) {
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            String detail = ex instanceof MaxUploadSizeExceededException
                    ? TEXTS.get("authoring.fileTooLarge.detail")
                    : TEXTS.get("authoring.requestTooLarge.detail");
            return problem(status, TEXTS.get("authoring.requestTooLarge.title"), detail);
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return problem(status, TEXTS.get("authoring.badRequest.title"),
                    TEXTS.get("authoring.unreadable.detail"));
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return withErrors(problem(status, TEXTS.get("authoring.badRequest.title"), TEXTS.get("authoring.missingPart.detail", missing.getRequestPartName())),
                    List.of(new Violation(missing.getRequestPartName(), TEXTS.get("authoring.missingPart.field"))));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return problem(status, TEXTS.get("authoring.badRequest.title"),
                    TEXTS.get("authoring.missingParameter.detail", missing.getParameterName()));
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return withErrors(problem(status, TEXTS.get("authoring.badRequest.title"),
                            TEXTS.get("authoring.typeMismatch.detail", mismatch.getName(), String.valueOf(mismatch.getValue()))),
                    List.of(new Violation(mismatch.getName(), TEXTS.get("authoring.typeMismatch.field"))));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return problem(status, TEXTS.get("authoring.methodNotSupported.title"),
                    TEXTS.get("authoring.methodNotSupported.detail", method.getMethod()));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return problem(status, TEXTS.get("authoring.mediaTypeNotSupported.title"),
                    TEXTS.get("authoring.mediaTypeNotSupported.detail"));
        }
        return switch (status.value()) {
            case 404 -> problem(status, TEXTS.get("authoring.notFound.title"), TEXTS.get("authoring.notFound.detail"));
            case 406 -> problem(status, TEXTS.get("authoring.notAcceptable.title"), TEXTS.get("authoring.notAcceptable.detail"));
            case 503 -> problem(status, TEXTS.get("authoring.unavailable.title"), TEXTS.get("authoring.unavailable.detail"));
            default -> status.is4xxClientError()
                    ? problem(status, TEXTS.get("authoring.badRequest.title"), TEXTS.get("authoring.badRequest.detail"))
                    : problem(status, TEXTS.get("authoring.serverError.title"), TEXTS.get("authoring.serverError.detail"));
        };
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<Violation> violations) {
        problem.setProperty("errors", violations);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
