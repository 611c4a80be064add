package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.asset.AssetProperties;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 課題の応募 ({@code /municipal/issues/new}): the form, saved as a draft (with its related documents),
 * then submitted from the draft's page. A refused save or submission shows the error summary and
 * stores nothing; another municipality's draft is not found.
 */
@Controller
class IssueFormController {

    static final List<String> FIELDS = List.of("title", "department", "summary", "background", "currentSituation",
            "direction", "scope", "contactName", "contactEmail", "contactPhone", "roundId");

    private final MunicipalAccounts accounts;
    private final MunicipalIssues issues;
    private final IssueRounds rounds;
    private final Municipalities municipalities;
    private final AssetProperties assetProperties;

    IssueFormController(MunicipalAccounts accounts, MunicipalIssues issues, IssueRounds rounds, Municipalities municipalities,
                        AssetProperties assetProperties) {
        this.accounts = accounts;
        this.issues = issues;
        this.rounds = rounds;
        this.municipalities = municipalities;
        this.assetProperties = assetProperties;
    }

    @GetMapping("/municipal/issues/new")
    String newIssue(Principal principal, Model model) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<IssueRound> open = rounds.openToday();
        if (open.size() == 1) {
            values.put("roundId", Long.toString(open.get(0).id()));
        }
        return form(account.get(), null, values, Map.of(), model);
    }

    @PostMapping("/municipal/issues/new")
    String create(@RequestParam Map<String, String> params,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(null, params, attachments, principal, model, response, redirect);
    }

    @GetMapping("/municipal/issues/drafts/{id:\\d+}")
    String draft(@PathVariable long id, Principal principal, Model model, HttpServletResponse response) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        Optional<MunicipalIssue> issue = issues.find(id, account.get().municipality());
        if (issue.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "municipal/not-found";
        }
        if (issue.get().submitted()) {
            return "redirect:/municipal/issues/" + issue.get().issueCaseId();
        }
        return form(account.get(), issue.get(), values(issue.get().input()), Map.of(), model);
    }

    @PostMapping("/municipal/issues/drafts/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, params, attachments, principal, model, response, redirect);
    }

    @PostMapping("/municipal/issues/drafts/{id:\\d+}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        Optional<MunicipalIssue> issue = issues.find(id, account.get().municipality());
        if (issue.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "municipal/not-found";
        }
        try {
            long caseId = issues.submit(id, version, account.get());
            redirect.addFlashAttribute("message", TEXTS.get("municipal.issue.submitted", issue.get().input().title()));
            return "redirect:/municipal/issues/" + caseId;
        } catch (InputRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            MunicipalIssue current = issues.find(id, account.get().municipality()).orElseThrow();
            if (current.submitted()) {
                return "redirect:/municipal/issues/" + current.issueCaseId();
            }
            return form(account.get(), current, values(current.input()), e.errors(), model);
        }
    }

    private String save(Long id, Map<String, String> params, List<MultipartFile> attachments, Principal principal, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        MunicipalIssue existing = null;
        if (id != null) {
            existing = issues.find(id, account.get().municipality()).orElse(null);
            if (existing == null) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "municipal/not-found";
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, params.getOrDefault(field, ""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long roundId = null;
        if (!values.get("roundId").isBlank()) {
            try {
                roundId = Long.valueOf(values.get("roundId"));
            } catch (NumberFormatException e) {
                errors.put("roundId", TEXTS.get("municipal.issue.round.unknown"));
            }
        }
        Integer version = null;
        try {
            version = params.get("version") == null ? null : Integer.valueOf(params.get("version"));
        } catch (NumberFormatException e) {
            errors.put("", TEXTS.get("municipal.issue.stale"));
        }
        // A file input left empty still sends one part without a name or bytes: that is no attachment.
        List<AttachmentUpload> files = attachments == null ? List.of() : attachments.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                .map(f -> new AttachmentUpload(f.getOriginalFilename(), f))
                .toList();
        Set<Integer> remove = new HashSet<>();
        params.forEach((name, value) -> {
            if (name.startsWith("remove-") && name.substring(7).matches("\\d")) {
                remove.add(Integer.valueOf(name.substring(7)));
            }
        });
        if (roundId != null && rounds.find(roundId).isEmpty()) {
            errors.put("roundId", TEXTS.get("municipal.issue.round.unknown"));
        }
        if (errors.isEmpty()) {
            try {
                IssueDraftInput input = new IssueDraftInput(values.get("title"), values.get("department"), values.get("summary"),
                        values.get("background"), values.get("currentSituation"), values.get("direction"), values.get("scope"),
                        values.get("contactName"), values.get("contactEmail"), values.get("contactPhone"), roundId);
                long saved = issues.saveDraft(id, version, account.get(), input, files, remove);
                redirect.addFlashAttribute("message", TEXTS.get("municipal.issue.saved"));
                return "redirect:/municipal/issues/drafts/" + saved;
            } catch (InputRefused e) {
                errors.putAll(e.errors());
            }
        }
        if (errors.containsKey("attachments")) {
            errors.put("attachments", errors.get("attachments") + TEXTS.get("municipal.attachment.chooseAgain"));
        }
        response.setStatus(errors.containsKey("") ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return form(account.get(), existing, values, errors, model);
    }

    private String form(Account account, MunicipalIssue issue, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("municipality", municipalities.title(account.municipality()));
        model.addAttribute("issue", issue);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", java.util.stream.Stream.concat(FIELDS.stream(), java.util.stream.Stream.of("attachments")).toList());
        model.addAttribute("openRounds", rounds.openToday().stream().map(RoundView::of).toList());
        model.addAttribute("chosenRound", issue == null || issue.input().roundId() == null ? null
                : rounds.find(issue.input().roundId()).map(r -> RoundView.of(r, rounds.today())).orElse(null));
        model.addAttribute("scopes", MunicipalIssues.SCOPES);
        model.addAttribute("maxAttachments", MunicipalIssues.MAX_ATTACHMENTS);
        model.addAttribute("maxAttachmentSize", assetProperties.maxSize().toMegabytes() + "MB");
        return "municipal/form";
    }

    private static Map<String, String> values(IssueDraftInput in) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", nz(in.title()));
        values.put("department", nz(in.department()));
        values.put("summary", nz(in.summary()));
        values.put("background", nz(in.background()));
        values.put("currentSituation", nz(in.currentSituation()));
        values.put("direction", nz(in.direction()));
        values.put("scope", nz(in.scope()));
        values.put("contactName", nz(in.contactName()));
        values.put("contactEmail", nz(in.contactEmail()));
        values.put("contactPhone", nz(in.contactPhone()));
        values.put("roundId", in.roundId() == null ? "" : in.roundId().toString());
        return values;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
