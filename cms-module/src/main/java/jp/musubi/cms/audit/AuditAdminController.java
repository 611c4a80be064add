package jp.musubi.cms.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jp.musubi.cms.common.JapaneseTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 監査ログ (ADMIN, under the /admin catch-all): search by who, what, target and day, newest first, paged. */
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final AuditProperties properties;

    AuditAdminController(AuditLog audit, AuditProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String target, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditAction chosen = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
        LocalDate fromDay = day(from, "from", model);
        LocalDate toDay = day(to, "to", model);
        AuditPage result = audit.search(new AuditQuery(actor, chosen, target, fromDay, toDay, page, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream()
                .map(e -> new Row(JapaneseTimes.dateTime(e.occurredAt()), e.actor(), e.action().label(), e.target(),
                        e.detail(), e.remoteAddress()))
                .toList());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actor", actor);
        model.addAttribute("action", chosen);
        model.addAttribute("target", target);
        model.addAttribute("from", fromDay == null ? null : fromDay.toString());
        model.addAttribute("to", toDay == null ? null : toDay.toString());
        model.addAttribute("retentionYears", properties.retention().getYears());
        return "admin/audit/search";
    }

    /** A day typed in the filter; an unreadable one is ignored and said so on the page. */
    private static LocalDate day(String text, String name, Model model) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute(name + "Error", AuditTexts.TEXTS.get("audit.filter.badDate"));
            return null;
        }
    }

    record Row(String occurredAt, String actor, String action, String target, String detail, String remoteAddress) {
    }
}
