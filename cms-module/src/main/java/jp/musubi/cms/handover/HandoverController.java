package jp.musubi.cms.handover;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 引継ぎデータ (ADMIN, under the /admin catch-all): what the archive holds, and its download. */
@Controller
class HandoverController {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final HandoverCatalog catalog;
    private final HandoverExport export;
    private final AuditLog audit;
    private final Clock clock;

    HandoverController(HandoverCatalog catalog, HandoverExport export, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.export = export;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/handover")
    String page(Model model) {
        model.addAttribute("sections", catalog.sections());
        return "admin/handover/index";
    }

    /** Streamed straight into the response: the archive can be larger than the memory. */
    @GetMapping("/admin/handover/archive.zip")
    void archive(Principal principal, HttpServletResponse response) throws IOException {
        audit.record(principal.getName(), AuditAction.PERSONAL_DATA_EXPORT, "handover",
                HandoverTexts.TEXTS.get("handover.audit.detail"));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"musubi-handover-" + FILE_TIME.format(clock.instant()) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        export.write(response.getOutputStream());
        response.flushBuffer();
    }
}
