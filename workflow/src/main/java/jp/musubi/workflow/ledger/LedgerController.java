package jp.musubi.workflow.ledger;

import static jp.musubi.workflow.ledger.LedgerTexts.TEXTS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.SiteLayoutAdvice;
import jp.musubi.workflow.account.AccountUser;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 会員管理簿 pages. Reading for SECRETARIAT and PREF_STAFF, changes for SECRETARIAT (access rules in
 * {@link LedgerConfiguration}); contacts (personal data) only for SECRETARIAT, on the page and in exports.
 */
@Controller
@RequestMapping("/admin/members")
class LedgerController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Ledger ledger;
    private final LedgerEdits edits;
    private final LedgerImport imports;
    private final AuditLog audit;
    private final LedgerProperties properties;
    private final SiteLayoutAdvice layout;

    LedgerController(Ledger ledger, LedgerEdits edits, LedgerImport imports, AuditLog audit, LedgerProperties properties,
                     SiteLayoutAdvice layout) {
        this.layout = layout;
        this.ledger = ledger;
        this.edits = edits;
        this.imports = imports;
        this.audit = audit;
        this.properties = properties;
    }

    /** Whether the reader may see and change contacts: the secretariat. */
    static boolean secretariat(AccountUser user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.SECRETARIAT.authority()));
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page, Model model) {
        OrganizationKind chosenKind = Arrays.stream(OrganizationKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        Boolean active = "active".equals(status) ? Boolean.TRUE : "withdrawn".equals(status) ? Boolean.FALSE : null;
        LocalDate fromDay = day(from, "fromError", model);
        LocalDate toDay = day(to, "toError", model);
        String text = q == null || q.isBlank() ? null : q.strip();
        String chosenField = field == null || field.isBlank() ? null : field.strip();
        LedgerPage result = ledger.search(new LedgerFilter(text, chosenKind, active, fromDay, toDay, chosenField, page));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(LedgerController::row).toList());
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("knownFields", ledger.knownFields());
        model.addAttribute("q", text);
        model.addAttribute("kind", chosenKind == null ? null : chosenKind.name());
        model.addAttribute("status", active == null ? null : status);
        model.addAttribute("from", fromDay == null ? null : fromDay.toString());
        model.addAttribute("to", toDay == null ? null : toDay.toString());
        model.addAttribute("field", chosenField);
        model.addAttribute("canEdit", secretariat(user));
        return "ledger/list";
    }

    record Row(String key, String name, String kind, String status, String joinedOn, String withdrawnOn, String fields,
               String newsletter) {
    }

    private static Row row(LedgerEntry e) {
        return new Row(e.key(), e.name(), e.kind().label(), e.statusLabel(),
                e.joinedOn() == null ? "" : JapaneseTimes.DATE.format(e.joinedOn()),
                e.withdrawnOn() == null ? "" : JapaneseTimes.DATE.format(e.withdrawnOn()),
                String.join(LedgerColumns.FIELD_SEPARATOR, e.fields()), e.newsletterLabel());
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal AccountUser user) {
        boolean contacts = secretariat(user);
        List<LedgerEntry> entries = ledger.entries(contacts);
        byte[] body = LedgerExports.csv(entries, contacts);
        audited(user, contacts, "CSV", entries.size());
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal AccountUser user) {
        boolean contacts = secretariat(user);
        List<LedgerEntry> entries = ledger.entries(contacts);
        byte[] body = LedgerExports.xlsx(entries, contacts);
        audited(user, contacts, "XLSX", entries.size());
        return download(body, XLSX, "xlsx");
    }

    private void audited(AccountUser user, boolean contacts, String format, int count) {
        audit.record(user.getUsername(), contacts ? AuditAction.PERSONAL_DATA_EXPORT : AuditAction.RECORD_EXPORT, "ledger",
                TEXTS.get(contacts ? "ledger.audit.exportWithContacts" : "ledger.audit.exportWithoutContacts", format, count));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
        String name = TEXTS.get("ledger.export.fileName") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("preview", null);
        return importPage(model);
    }

    private String importPage(Model model) {
        model.addAttribute("maxMegabytes", properties.maxImportSize().toMegabytes());
        model.addAttribute("maxRows", properties.maxImportRows());
        model.addAttribute("columns", String.join("、", LedgerColumns.BASE));
        model.addAttribute("kindLabels", LedgerColumns.kindLabels());
        return "ledger/import";
    }

    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        byte[] bytes;
        try {
            bytes = file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LedgerImport.Preview preview = imports.preview(file == null ? null : file.getOriginalFilename(), bytes);
        if (!preview.acceptable()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("preview", preview);
        return importPage(model);
    }

    @PostMapping("/import/confirm")
    String confirm(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String payload,
                   @RequestParam(required = false) String fileName, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            int count = imports.commit(fileName == null ? "" : fileName, payload, user.getUsername());
            redirect.addFlashAttribute("infoMessage", TEXTS.get("ledger.import.done", count));
            return "redirect:/admin/members";
        } catch (LedgerImport.ImportRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("preview", refused.preview());
            return importPage(model);
        }
    }

    @GetMapping("/{key}")
    String member(@AuthenticationPrincipal AccountUser user, @PathVariable String key, Model model) {
        return memberPage(user, key, model, Map.of(), null);
    }

    private String memberPage(AccountUser user, String key, Model model, Map<String, String> errors, String errorMessage) {
        boolean contacts = secretariat(user);
        MemberView view = ledger.member(key, contacts);
        audit.record(user.getUsername(), contacts ? AuditAction.PERSONAL_DATA_VIEW : AuditAction.RECORD_VIEW, "member:" + key,
                TEXTS.get(contacts ? "ledger.audit.viewWithContacts" : "ledger.audit.viewWithoutContacts", view.entry().name()));
        model.addAttribute("view", view);
        model.addAttribute("entry", row(view.entry()));
        model.addAttribute("canEdit", contacts && view.entry().active());
        model.addAttribute("errors", errors);
        model.addAttribute("errorMessage", errorMessage);
        return "ledger/member";
    }

    @PostMapping("/{key}/contacts")
    String addContact(@AuthenticationPrincipal AccountUser user, @PathVariable String key, @RequestParam(defaultValue = "-1") long version,
                      @RequestParam(required = false) String personName, @RequestParam(required = false) String email,
                      @RequestParam(required = false) String phone, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return edit(user, key, model, response, redirect, "ledger.edit.contactAdded",
                () -> edits.addContact(key, version, new OrganizationContact(personName, email, phone), user.getUsername()));
    }

    @PostMapping("/{key}/contacts/{id}")
    String updateContact(@AuthenticationPrincipal AccountUser user, @PathVariable String key, @PathVariable long id,
                         @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String personName,
                         @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(user, key, model, response, redirect, "ledger.edit.contactChanged",
                () -> edits.updateContact(key, version, id, new OrganizationContact(personName, email, phone), user.getUsername()));
    }

    @PostMapping("/{key}/contacts/{id}/delete")
    String removeContact(@AuthenticationPrincipal AccountUser user, @PathVariable String key, @PathVariable long id,
                         @RequestParam(defaultValue = "-1") long version, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        return edit(user, key, model, response, redirect, "ledger.edit.contactRemoved",
                () -> edits.removeContact(key, version, id, user.getUsername()));
    }

    @PostMapping("/{key}/newsletter")
    String newsletter(@AuthenticationPrincipal AccountUser user, @PathVariable String key,
                      @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String optIn,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(user, key, model, response, redirect, "ledger.edit.newsletterSaved", () -> {
            if (!"yes".equals(optIn) && !"no".equals(optIn)) {
                throw InputRefused.of("optIn", TEXTS.get("ledger.edit.newsletterChoice"));
            }
            edits.setNewsletterOptIn(key, version, "yes".equals(optIn), user.getUsername());
        });
    }

    @PostMapping("/{key}/withdrawal")
    String withdrawal(@AuthenticationPrincipal AccountUser user, @PathVariable String key,
                      @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String reason,
                      @RequestParam(required = false) String confirmed, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return edit(user, key, model, response, redirect, "ledger.edit.withdrawalRequested", () -> {
            if (!"yes".equals(confirmed)) {
                throw InputRefused.of("confirmed", TEXTS.get("ledger.edit.withdrawalConfirm"));
            }
            edits.requestWithdrawal(key, version, reason, user.getUsername());
        });
    }

    private String edit(AccountUser user, String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                        String doneKey, Runnable change) {
        try {
            change.run();
        } catch (StaleLedgerEdit stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return memberPage(user, key, model, Map.of(), stale.getMessage());
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return memberPage(user, key, model, refused.errors(), refused.generalMessage().orElse(TEXTS.get("ledger.edit.checkInput")));
        }
        redirect.addFlashAttribute("infoMessage", TEXTS.get(doneKey));
        return "redirect:/admin/members/" + key;
    }

    @ExceptionHandler(MemberNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model, MemberNotFound e) {
        // The layout advice does not fill an exception handler's model.
        model.addAttribute("site", layout.site());
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("navigation", layout.navigation());
        model.addAttribute("message", e.getMessage());
        return "ledger/not-found";
    }

    private static LocalDate day(String text, String errorName, Model model) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute(errorName, TEXTS.get("ledger.filter.badDate"));
            return null;
        }
    }
}
