package jp.musubi.cms.authoring;

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
        return respond(problem(HttpStatus.NOT_FOUND, "見つかりません", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ContentConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "他の人が先に更新しました", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("current", ItemView.of(e.current()));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> state(ContentStateException e) {
        return respond(problem(HttpStatus.CONFLICT, "現在の状態ではこの操作はできません", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(ContentValidationException e) {
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "入力内容に誤りがあります",
                e.violations().size() + "件の項目を確認してください。"), e.violations()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return respond(withErrors(problem(HttpStatus.BAD_REQUEST, "リクエストが正しくありません", e.getMessage()),
                e.violations()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "内容が大きすぎます", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> assetRejected(AssetRejectedException e) {
        if (e.isTooLarge()) {
            return respond(withErrors(problem(HttpStatus.CONTENT_TOO_LARGE, "ファイルが大きすぎます", e.getMessage()),
                    List.of(new Violation("file", e.getMessage()))));
        }
        return respond(withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "このファイルはアップロードできません",
                e.getMessage()), List.of(new Violation("file", e.getMessage()))));
    }

    /** Anything unforeseen: 500 without internals; security's own exceptions keep their handling. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "サーバーでエラーが発生しました",
                "処理中に予期しないエラーが発生しました。時間をおいて再度お試しください。"));
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
                    ? "ファイルが大きすぎます。より小さいファイルをアップロードしてください。"
                    : "リクエストが大きすぎます。内容を減らしてから送信してください。";
            return problem(status, "リクエストが大きすぎます", detail);
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return problem(status, "リクエストが正しくありません",
                    "リクエストの内容を読み取れませんでした。JSON の形式と各項目の型を確認してください。");
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return withErrors(problem(status, "リクエストが正しくありません", "ファイル（" + missing.getRequestPartName() + "）が指定されていません。"),
                    List.of(new Violation(missing.getRequestPartName(), "ファイルを選んでください。")));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return problem(status, "リクエストが正しくありません",
                    "パラメータ「" + missing.getParameterName() + "」が指定されていません。");
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return withErrors(problem(status, "リクエストが正しくありません",
                            "「" + mismatch.getName() + "」の値「" + mismatch.getValue() + "」が正しくありません。"),
                    List.of(new Violation(mismatch.getName(), "値が正しくありません。")));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return problem(status, "この操作はできません", "このURLでは " + method.getMethod() + " の操作はできません。");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return problem(status, "対応していない形式です", "この形式のリクエストには対応していません。"
                    + "項目は application/json、ファイルは multipart/form-data で送信してください。");
        }
        return switch (status.value()) {
            case 404 -> problem(status, "見つかりません", "指定されたものは見つかりません。");
            case 406 -> problem(status, "応答できない形式です", "要求された形式では応答できません。application/json を指定してください。");
            case 503 -> problem(status, "一時的に利用できません", "しばらくしてから再度お試しください。");
            default -> status.is4xxClientError()
                    ? problem(status, "リクエストが正しくありません", "リクエストの内容を確認してください。")
                    : problem(status, "サーバーでエラーが発生しました", "処理中にエラーが発生しました。時間をおいて再度お試しください。");
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
