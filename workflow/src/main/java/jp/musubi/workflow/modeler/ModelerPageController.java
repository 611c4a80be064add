package jp.musubi.workflow.modeler;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The modeler's pages: the list of processes and the editor of one, and the download of a version. */
@Controller
@RequestMapping("/modeler")
class ModelerPageController {

    private final ProcessCatalog catalog;

    ModelerPageController(ProcessCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("processes", catalog.processes().stream().map(ProcessView::of).toList());
        return "modeler/list";
    }

    @GetMapping("/{key}")
    String editor(@PathVariable String key, Model model) {
        ProcessSummary process = catalog.process(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("process", ProcessView.of(process));
        return "modeler/editor";
    }

    /** The BPMN file of a version (the latest without {@code version}), as a download. */
    @GetMapping(value = "/{key}/diagram.bpmn")
    ResponseEntity<byte[]> download(@PathVariable String key, @RequestParam(required = false) Integer version) {
        String xml = catalog.xml(key, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String filename = key + (version == null ? "" : "-v" + version) + ".bpmn20.xml";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }
}
