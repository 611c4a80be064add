package jp.musubi.webapp.error;

import java.io.IOException;
import java.io.Writer;

import jp.musubi.webapp.security.ProblemJson;
import jp.musubi.webapp.security.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's refusals made before the request reaches the application (an encoded slash or NUL in the
 * path, a request line over the header limit, an unparsable request) are written by the host's error
 * report valve in English and without the security headers; this one answers in Japanese with them.
 */
final class ContainerErrorValve extends ErrorReportValve {

    private final ErrorWording wording;

    ContainerErrorValve(ErrorWording wording) {
        this.wording = wording;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorText text = wording.of(status, null, null);
        String path = request.getRequestURI();
        try {
            response.resetBuffer();
            SecurityHeaders.addMissing(response);
            response.setHeader("Content-Language", "ja");
            response.setCharacterEncoding("UTF-8");
            String body;
            if (ErrorAudience.wantsProblemJson(path)) {
                response.setContentType("application/problem+json");
                body = ProblemJson.text(ProblemJsonView.problem(text, null));
            } else {
                response.setContentType("text/html;charset=UTF-8");
                body = page(text);
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closed) {
            // the client is gone or the response was committed meanwhile: nothing more to write
        }
    }

    private String page(ErrorText text) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(text.title()) + "</title></head><body><main>"
                + "<h1>" + HtmlUtils.htmlEscape(text.title()) + "</h1>"
                + "<p>" + HtmlUtils.htmlEscape(text.detail()) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(wording.message("error.code", text.status())) + "</p>"
                + "<p><a href=\"/\">" + HtmlUtils.htmlEscape(wording.message("error.backToTop")) + "</a></p>"
                + "</main></body></html>";
    }
}
