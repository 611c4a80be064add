package jp.musubi.workflow.modeler;

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
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "このダイアグラムはデプロイできません",
                "次の " + refused.problems().size() + " 件の問題を直してから、もう一度確認してください。何もデプロイされていません。", request);
        problem.setProperty("errors", ModelerApiController.errors(refused));
        return respond(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException stale, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, "新しいバージョンがデプロイされています",
                "確認した後に、別の人がバージョン " + stale.latestVersion() + " をデプロイしました。"
                        + "ダイアグラムをダウンロードして保存し、ページを再読み込みして最新のバージョンと見比べてください。", request));
    }

    @ExceptionHandler(UnknownProcessException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownProcessException unknown, HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, "プロセスが見つかりません",
                "このプロセスはデプロイされていません。プロセス設計の一覧から選んでください。", request));
    }

    @ExceptionHandler(ModelerApiController.DiagramTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "ダイアグラムが大きすぎます",
                "BPMN ファイルは 2MB までです。", request));
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
