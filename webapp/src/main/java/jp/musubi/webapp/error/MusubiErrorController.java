package jp.musubi.webapp.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.webapp.security.SecurityHeaders;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the application answers, in Japanese: an HTML page in the site's layout for people, an
 * RFC 9457 problem for the APIs. Replaces Spring Boot's English "Whitelabel" and JSON answers.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:/error}")
class MusubiErrorController implements ErrorController {

    /** A request opened directly at /error has no error: for the visitor it is a page that does not exist. */
    private static final int NO_ERROR = 404;

    private final ErrorWording wording;
    private final ErrorAttributes errors;

    MusubiErrorController(ErrorWording wording, ErrorAttributes errors) {
        this.wording = wording;
        this.errors = errors;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : NO_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        Throwable cause = errors.getError(new ServletWebRequest(request));
        Object refusal = request.getAttribute(ErrorRefusal.ATTRIBUTE);
        ErrorText text = wording.of(status, cause, refusal != null ? refusal.toString() : null);

        response.setStatus(status);
        SecurityHeaders.addMissing(response);
        if (ErrorAudience.wantsProblemJson(path)) {
            return new ModelAndView(new ProblemJsonView(text, path));
        }
        ModelAndView page = new ModelAndView(status == 403 || status == 404 ? "error/" + status : "error");
        page.addObject("status", status);
        page.addObject("errorTitle", text.title());
        page.addObject("errorDetail", text.detail());
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return page;
    }
}
