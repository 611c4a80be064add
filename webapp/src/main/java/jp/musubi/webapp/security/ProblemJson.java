package jp.musubi.webapp.security;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem as its members only. Serializing {@link ProblemDetail} with a plain mapper
 * adds {@code "properties":null} and {@code "type":null}, which a client cannot use.
 */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    public static void write(ProblemDetail problem, OutputStream out) throws IOException {
        JSON.writeValue(out, members(problem));
    }

    /** For writers that take text, such as the container's error report. */
    public static String text(ProblemDetail problem) {
        return JSON.writeValueAsString(members(problem));
    }

    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(members::putIfAbsent);
        }
        return members;
    }
}
