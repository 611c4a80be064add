package jp.musubi.workflow.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.cms.site.SiteProperties;
import jp.musubi.workflow.account.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The modeler's JSON API: the choices of the properties panel, the check (with the diff against
 * the running version) and the deployment. The diagram is the request body (BPMN XML). Refusals are
 * problem+json in Japanese ({@link ModelerProblems}).
 */
@RestController
@RequestMapping("/api/modeler")
class ModelerApiController {

    private final ModelerRegistry registry;
    private final DiagramDeployments deployments;
    private final ChoiceLabels labels;
    private final String localGovernmentTerm;

    ModelerApiController(ModelerRegistry registry, DiagramDeployments deployments, ChoiceLabels labels,
                         SiteProperties site) {
        this.localGovernmentTerm = site.localGovernmentTerm();
        this.registry = registry;
        this.deployments = deployments;
        this.labels = labels;
    }

    /** What the properties panel offers: the same registry the check enforces. */
    @GetMapping("/choices")
    Map<String, Object> choices() {
        return Map.of(
                "delegates", registry.delegates(),
                "roles", registry.candidateGroups().stream()
                        .map(role -> Map.of("name", role.name(), "label", role.label(localGovernmentTerm))).toList(),
                "formKeys", registry.formKeys(),
                "formLabels", labels.forms(),
                "calendars", registry.calendars(),
                "calendarLabels", labels.calendars());
    }

    /** Checks the diagram as the next version; 200 with the diff, 422 with the problems. */
    @PostMapping("/processes/{key}/check")
    DiagramPreview check(@PathVariable String key, HttpServletRequest request) throws IOException {
        DiagramPreview preview = deployments.preview(key, body(request));
        if (!preview.deployable()) {
            throw new DiagramRefusedException(preview.problems());
        }
        return preview;
    }

    /** Deploys the diagram as a new version if it passes the check and {@code baseVersion} is still the latest. */
    @PostMapping("/processes/{key}/deployments")
    ResponseEntity<DeployedVersion> deploy(@PathVariable String key, @RequestParam(required = false) Integer baseVersion,
                                           @AuthenticationPrincipal AccountUser user, HttpServletRequest request)
            throws IOException {
        DeployedVersion version = deployments.deploy(key, body(request), baseVersion, user.getUsername());
        return ResponseEntity.created(URI.create("/modeler/" + key + "/diagram.bpmn?version=" + version.version()))
                .body(version);
    }

    /** The request body as text, refusing more than the checker accepts without reading it all. */
    private static String body(HttpServletRequest request) throws IOException {
        int limit = DiagramChecker.MAX_LENGTH * 3;
        if (request.getContentLengthLong() > limit) {
            throw new DiagramTooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new DiagramTooLargeException();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The body is larger than any diagram the modeler accepts. */
    static class DiagramTooLargeException extends RuntimeException {
    }

    /** Kept for the problem handler: the errors of a refusal as a list of plain maps. */
    static List<Map<String, String>> errors(DiagramRefusedException refused) {
        return refused.problems().stream().map(problem -> {
            Map<String, String> error = new java.util.LinkedHashMap<>();
            error.put("elementId", problem.elementId());
            error.put("elementName", problem.elementName());
            error.put("message", problem.message());
            error.put("description", problem.describe());
            return error;
        }).toList();
    }
}
