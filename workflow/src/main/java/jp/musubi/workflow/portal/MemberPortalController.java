package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.asset.AssetProperties;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.ContentView;
import jp.musubi.cms.site.JapaneseDates;
import jp.musubi.cms.site.SiteCatalog;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.CaseStateException;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewProposal;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MemberRequests;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 会員ページ ({@code /member}, MEMBER): the member's organization, its proposals and their outcome,
 * the issues open for proposals, proposing, and requests to change the profile or to withdraw.
 * Every read and write is scoped to the logged-in member's own organization.
 */
@Controller
class MemberPortalController {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 4000;

    private final MemberOrganizations organizations;
    private final AccountService accounts;
    private final SiteCatalog catalog;
    private final IssueCases issueCases;
    private final Proposals proposals;
    private final MemberRequests requests;
    private final java.time.Clock clock;
    private final AssetProperties assetProperties;
    private final MemberSeeds seeds;
    private final MemberTalents talents;
    private final Organizations registry;

    MemberPortalController(MemberOrganizations organizations, AccountService accounts, SiteCatalog catalog,
                           IssueCases issueCases, Proposals proposals, MemberRequests requests, java.time.Clock clock,
                           AssetProperties assetProperties, MemberSeeds seeds, MemberTalents talents,
                           Organizations registry) {
        this.talents = talents;
        this.registry = registry;
        this.assetProperties = assetProperties;
        this.seeds = seeds;
        this.organizations = organizations;
        this.accounts = accounts;
        this.catalog = catalog;
        this.issueCases = issueCases;
        this.proposals = proposals;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/member")
    String portal(Principal principal, Model model) {
        Optional<Organization> organization = organizations.of(principal.getName());
        model.addAttribute("organization", organization.orElse(null));
        if (organization.isPresent()) {
            Organization org = organization.get();
            model.addAttribute("profile", catalog.find(SiteCatalog.MEMBERS, org.key()).orElse(null));
            registry.newsletterConsent(org.key()).ifPresent(consent -> {
                model.addAttribute("newsletter", consent);
                model.addAttribute("newsletterAt", consent.consentAt() == null ? null
                        : JapaneseTimes.dateTimeWithWeekday(consent.consentAt()));
            });
            requests.latestProfileChange(org.key()).ifPresent(request -> {
                model.addAttribute("profileRequest", request);
                model.addAttribute("profileRequestStatus", MemberRequests.statusLabel(request));
                model.addAttribute("profileRequestAt", jp.musubi.cms.common.JapaneseTimes.dateTimeWithWeekday(request.requestedAt()));
            });
            List<jp.musubi.workflow.issuecase.Proposal> own = proposals.forOrganization(org.id());
            var files = proposals.attachments(own.stream().map(jp.musubi.workflow.issuecase.Proposal::id).toList());
            model.addAttribute("proposals", own.stream()
                    .map(p -> new ProposalView(issueCases.find(p.issueCaseId()).map(IssueCase::title)
                            .orElse(TEXTS.get("portal.proposal.unknownIssue")),
                            p.title(), p.status().label(), files.getOrDefault(p.id(), List.of())))
                    .toList());
            model.addAttribute("openIssues", openIssues());
            model.addAttribute("seeds", seeds.forOrganization(org.key()));
            model.addAttribute("talents", talents.forOrganization(org.key()));
        }
        return "member/portal";
    }

    @GetMapping("/member/proposals/new")
    String proposalForm(@RequestParam(required = false) String issue, Principal principal, Model model,
                        HttpServletResponse response) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        accounts.findByUsername(principal.getName()).ifPresent(account -> {
            values.put("contactName", account.displayName());
            values.put("contactEmail", account.email());
        });
        return proposalPage(issue, org, values, Map.of(), model, response);
    }

    @PostMapping("/member/proposals")
    String propose(@RequestParam(required = false) String issue, @RequestParam Map<String, String> params,
                   @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                   Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("title", "summary", "contactName", "contactEmail")) {
            values.put(field, params.getOrDefault(field, ""));
        }
        Optional<OpenCall> call = openCall(issue);
        if (org == null || call.isEmpty()) {
            return proposalPage(issue, org, values, Map.of(), model, response);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("title").codePointCount(0, values.get("title").length()) > MAX_TITLE) {
            errors.put("title", TEXTS.get("portal.proposal.title.tooLong", MAX_TITLE));
        }
        if (values.get("summary").codePointCount(0, values.get("summary").length()) > MAX_SUMMARY) {
            errors.put("summary", TEXTS.get("portal.proposal.summary.tooLong", MAX_SUMMARY));
        }
        // A file input left empty still sends one part without a name or bytes: that is no attachment.
        List<AttachmentUpload> files = attachments == null ? List.of() : attachments.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                .map(f -> new AttachmentUpload(f.getOriginalFilename(), f))
                .toList();
        if (files.size() > Proposals.MAX_ATTACHMENTS) {
            errors.put("attachments", TEXTS.get("portal.proposal.attachments.tooMany", Proposals.MAX_ATTACHMENTS));
        }
        if (errors.isEmpty()) {
            try {
                proposals.submit(call.get().issueCase().id(), new NewProposal(org.id(), org.name(),
                        values.get("contactName"), values.get("contactEmail"), values.get("title"), values.get("summary")),
                        files, principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get("portal.proposal.received", call.get().issue().title()));
                return "redirect:/member";
            } catch (InputRefused e) {
                errors.putAll(e.errors());
            } catch (CaseStateException e) {
                errors.put("issue", e.getMessage());
            }
        }
        if (errors.containsKey("attachments")) {
            // The browser does not keep chosen files when the page comes back: say so next to the field.
            errors.put("attachments", errors.get("attachments") + TEXTS.get("portal.proposal.attachments.chooseAgain"));
        }
        return proposalPage(issue, org, values, errors, model, response);
    }

    @GetMapping("/member/profile")
    String profileForm(Principal principal, Model model) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (org != null) {
            catalog.find(SiteCatalog.MEMBERS, org.key()).ifPresent(profile -> {
                values.put("summary", profile.text("summary"));
                values.put("description", plainText(profile.text("body")));
                values.put("fields", String.join("、", profile.list("fields")));
                values.put("city", profile.text("city"));
                values.put("url", profile.text("url"));
            });
        }
        return profilePage(org, values, Map.of(), model);
    }

    @PostMapping("/member/profile")
    String requestProfileChange(@RequestParam Map<String, String> params, Principal principal, Model model,
                                HttpServletResponse response, RedirectAttributes redirect) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("summary", "description", "fields", "city", "url")) {
            values.put(field, params.getOrDefault(field, ""));
        }
        try {
            List<String> fields = java.util.Arrays.stream(values.get("fields").split("[、,，]"))
                    .map(String::strip).filter(f -> !f.isEmpty()).toList();
            requests.requestProfileChange(org == null ? null : org.key(), new MemberProfile(values.get("summary"),
                    blank(values.get("description")), fields, blank(values.get("city")), blank(values.get("url"))),
                    principal.getName());
            redirect.addFlashAttribute("message", TEXTS.get("portal.profile.requested"));
            return "redirect:/member";
        } catch (InputRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return profilePage(org, values, e.errors(), model);
        }
    }

    /** The member gives or withdraws its consent to the member newsletter (recorded with time and channel). */
    @PostMapping("/member/newsletter")
    String changeNewsletter(@RequestParam(required = false) String newsletter, Principal principal,
                            RedirectAttributes redirect) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        try {
            boolean optIn = "yes".equals(newsletter);
            registry.changeNewsletter(org == null ? null : org.key(), optIn);
            redirect.addFlashAttribute("message", TEXTS.get(optIn ? "portal.newsletter.subscribed" : "portal.newsletter.unsubscribed"));
        } catch (InputRefused e) {
            redirect.addFlashAttribute("message", String.join(" ", e.errors().values()));
        }
        return "redirect:/member#newsletter-heading";
    }

    @GetMapping("/member/withdrawal")
    String withdrawalForm(Principal principal, Model model) {
        return withdrawalPage(organizations.of(principal.getName()).orElse(null), "", Map.of(), model);
    }

    @PostMapping("/member/withdrawal")
    String requestWithdrawal(@RequestParam(required = false) String reason,
                             @RequestParam(required = false) String confirmed, Principal principal, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        Organization org = organizations.of(principal.getName()).orElse(null);
        String typed = reason == null ? "" : reason;
        if (!"yes".equals(confirmed)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withdrawalPage(org, typed, Map.of("confirmed", TEXTS.get("portal.withdrawal.confirm")), model);
        }
        try {
            requests.requestWithdrawal(org == null ? null : org.key(), typed, principal.getName());
            redirect.addFlashAttribute("message", TEXTS.get("portal.withdrawal.requested"));
            return "redirect:/member";
        } catch (InputRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withdrawalPage(org, typed, e.errors(), model);
        }
    }

    /** A published issue open for proposals, its case, and a deadline not yet passed. */
    record OpenCall(ContentView issue, IssueCase issueCase) {
    }

    private Optional<OpenCall> openCall(String issueName) {
        if (issueName == null || issueName.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(JapaneseTimes.ZONE));
        return catalog.find(SiteCatalog.ISSUES, issueName)
                .filter(issue -> "recruiting".equals(issue.text("publicStatus")))
                .flatMap(issue -> issueCases.findByPage(issueName)
                        .filter(c -> c.status() == IssueCaseStatus.RECRUITING)
                        .filter(c -> c.proposalDeadline() == null || !c.proposalDeadline().isBefore(today))
                        .map(c -> new OpenCall(issue, c)));
    }

    private List<OpenCallView> openIssues() {
        return catalog.newest(SiteCatalog.ISSUES).stream()
                .filter(issue -> "recruiting".equals(issue.text("publicStatus")))
                .map(issue -> new OpenCallView(issue, openCall(issue.name()).isPresent()))
                .toList();
    }

    /** An issue the site shows as 募集中, and whether proposals can be sent through the portal now. */
    record OpenCallView(ContentView issue, boolean accepting) {
    }

    private String proposalPage(String issueName, Organization org, Map<String, String> values,
                                Map<String, String> errors, Model model, HttpServletResponse response) {
        Optional<OpenCall> call = openCall(issueName);
        if (org == null || call.isEmpty()) {
            response.setStatus(org == null ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
        } else if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("organization", org);
        model.addAttribute("call", call.orElse(null));
        model.addAttribute("issueName", issueName);
        model.addAttribute("deadline", call.map(c -> JapaneseDates.format(c.issueCase().proposalDeadline())).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("maxAttachmentSize", assetProperties.maxSize().toMegabytes() + "MB");
        return "member/proposal";
    }

    private String profilePage(Organization org, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "member/profile";
    }

    private String withdrawalPage(Organization org, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "member/withdrawal";
    }

    /**
     * The published rich-text body as the plain text the change form takes (paragraphs separated by
     * blank lines), so a change request that does not touch it keeps it rather than emptying it.
     */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|h[1-6]|li|div)>", "\n\n")
                .replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("[ \t]*\n[ \t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
