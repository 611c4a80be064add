package jp.musubi.webapp.error;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.webapp.security.ProblemJson;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;

/** Writes one RFC 9457 problem and nothing of the page model (the layout's attributes stay out of the API). */
final class ProblemJsonView implements View {

    private final ErrorText text;
    private final String instance;

    ProblemJsonView(ErrorText text, String instance) {
        this.text = text;
        this.instance = instance;
    }

    @Override
    public String getContentType() {
        return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.setStatus(text.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemJson.write(problem(text, instance), response.getOutputStream());
    }

    static ProblemDetail problem(ErrorText text, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatusCode.valueOf(text.status()), text.detail());
        problem.setTitle(text.title());
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException notAUri) {
                // a refused request's path may not be a valid URI; the problem is clear without it
            }
        }
        return problem;
    }
}
