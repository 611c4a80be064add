package jp.musubi.workflow.program;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 成果品の提出予定 {@code /admin/program/deliverables}: due dates, state, the delivered file, overdue. */
@Controller
class DeliverableController {

    /** Key prefix of the state labels (program.deliverable.state.PENDING …). */
    static final String STATE = "program.deliverable.state.";

    private final Deliverables deliverables;
    private final ProgramTargets targets;
    private final MinutesDeliverables minutes;

    DeliverableController(Deliverables deliverables, ProgramTargets targets, MinutesDeliverables minutes) {
        this.deliverables = deliverables;
        this.targets = targets;
        this.minutes = minutes;
    }

    record Row(String id, String title, String due, String note, String state, String stateKey, int businessDaysLeft,
               String fileName, String deliveredAt, String deliveredBy) {
        static Row of(Deliverable d) {
            return new Row(d.id(), d.title(), JapaneseTimes.dateWithWeekday(d.due()), d.note() == null ? "" : d.note(),
                    ProgramTexts.TEXTS.get(STATE + d.state().name()), d.state().name(),
                    d.businessDaysLeft(), d.fileName(), d.deliveredAt() == null ? "" : JapaneseTimes.dateTime(d.deliveredAt()),
                    d.deliveredBy() == null ? "" : d.deliveredBy());
        }
    }

    @GetMapping("/admin/program/deliverables")
    String list(Model model) {
        model.addAttribute("yearLabel", targets.year().label());
        model.addAttribute("rows", deliverables.list().stream().map(Row::of).toList());
        model.addAttribute("overdue", deliverables.list().stream().filter(Deliverable::overdue).map(Row::of).toList());
        model.addAttribute("minutes", minutes.rows());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "program/deliverables";
    }

    @PostMapping("/admin/program/deliverables/{id}/file")
    String deliver(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Principal user,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            Deliverable delivered = deliverables.deliver(id, file == null ? null : file.getOriginalFilename(), in, user.getName());
            redirect.addFlashAttribute("done", delivered.title());
            return "redirect:/admin/program/deliverables";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", refused.errors());
            model.addAttribute("failedId", id);
            return list(model);
        }
    }

    @GetMapping("/admin/program/deliverables/{id}/file")
    ResponseEntity<Resource> download(@PathVariable String id) {
        Asset asset = deliverables.file(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        java.nio.file.Path path = deliverables.path(asset);
        if (!Files.exists(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(asset.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(path));
    }
}
