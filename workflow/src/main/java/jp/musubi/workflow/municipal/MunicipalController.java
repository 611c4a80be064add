package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.issuecase.CaseStateException;
import jp.musubi.workflow.issuecase.IssueCaseOverviews;
import jp.musubi.workflow.issuecase.ParticipationAnswer;
import jp.musubi.workflow.issuecase.ParticipationIntent;
import jp.musubi.workflow.issuecase.ParticipationIntents;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalAttachment;
import jp.musubi.workflow.issuecase.ProposalFiles;
import jp.musubi.workflow.issuecase.Proposals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 県・市町のページ ({@code /municipal}, MUNICIPAL_STAFF): home, 自分の課題 with each case's step, one
 * case with its decisions and, after the matching, the partners and follow-up records; 参加意向 on
 * other municipalities' selected issues. Everything is scoped to the account's municipality.
 */
@Controller
class MunicipalController {

    private final MunicipalAccounts accounts;
    private final MunicipalCases cases;
    private final MunicipalIssues issues;
    private final IssueRounds rounds;
    private final IssueCaseOverviews overviews;
    private final ParticipationIntents intents;
    private final Followups followups;
    private final Municipalities municipalities;
    private final Proposals proposals;
    private final ProposalFiles proposalFiles;

    MunicipalController(MunicipalAccounts accounts, MunicipalCases cases, MunicipalIssues issues, IssueRounds rounds,
                        IssueCaseOverviews overviews, ParticipationIntents intents, Followups followups,
                        Municipalities municipalities, Proposals proposals, ProposalFiles proposalFiles) {
        this.proposals = proposals;
        this.proposalFiles = proposalFiles;
        this.accounts = accounts;
        this.cases = cases;
        this.issues = issues;
        this.rounds = rounds;
        this.overviews = overviews;
        this.intents = intents;
        this.followups = followups;
        this.municipalities = municipalities;
    }

    @GetMapping("/municipal")
    String home(Principal principal, Model model) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        String municipality = account.get().municipality();
        model.addAttribute("municipality", municipalities.title(municipality));
        model.addAttribute("cases", cases.of(municipality));
        model.addAttribute("drafts", issues.drafts(municipality));
        model.addAttribute("openRounds", rounds.openToday().stream().map(RoundView::of).toList());
        model.addAttribute("requests", requests(municipality));
        return "municipal/home";
    }

    @GetMapping("/municipal/issues")
    String issues(Principal principal, Model model) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        String municipality = account.get().municipality();
        model.addAttribute("municipality", municipalities.title(municipality));
        model.addAttribute("cases", cases.of(municipality));
        model.addAttribute("drafts", issues.drafts(municipality));
        return "municipal/issues";
    }

    @GetMapping("/municipal/issues/{caseId:\\d+}")
    String issue(@PathVariable long caseId, Principal principal, Model model, HttpServletResponse response) {
        return issuePage(caseId, principal, Map.of(), model, response);
    }

    @PostMapping("/municipal/issues/{caseId:\\d+}/followups")
    String recordFollowup(@PathVariable long caseId, @RequestParam(required = false) Long proposalId,
                          @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
                          Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        try {
            FollowupKind followupKind = kind == null ? null
                    : java.util.Arrays.stream(FollowupKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
            followups.record(caseId, proposalId == null ? -1 : proposalId, followupKind, note, account.get());
            redirect.addFlashAttribute("message", TEXTS.get("municipal.followup.recorded", followupKind.label()));
            return "redirect:/municipal/issues/" + caseId;
        } catch (InputRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return issuePage(caseId, principal, e.errors(), model, response);
        }
    }

    private String issuePage(long caseId, Principal principal, Map<String, String> errors, Model model,
                             HttpServletResponse response) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        Optional<CaseView> view = cases.find(caseId, account.get().municipality());
        if (view.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "municipal/not-found";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("path", MunicipalStep.PATH);
        model.addAttribute("municipality", municipalities.title(account.get().municipality()));
        model.addAttribute("partners", view.get().step() == MunicipalStep.MATCHED
                ? followups.partners(view.get().issueCase()) : List.of());
        model.addAttribute("heardProposals", heardProposals(caseId));
        model.addAttribute("errors", errors);
        return "municipal/issue";
    }

    /** The proposals in the selection with their files, once a selection hearing was held (before: only the count). */
    private List<HeardProposal> heardProposals(long caseId) {
        List<Proposal> open = proposals.forCase(caseId).stream().filter(proposalFiles::openToMunicipality).toList();
        Map<Long, List<ProposalAttachment>> files = proposals.attachments(open.stream().map(Proposal::id).toList());
        return open.stream().map(p -> new HeardProposal(p.title(), p.organizationName(), p.status().label(),
                files.getOrDefault(p.id(), List.of()))).toList();
    }

    @GetMapping("/municipal/participation")
    String participation(Principal principal, Model model) {
        return participationPage(principal, Map.of(), null, model);
    }

    @PostMapping("/municipal/participation/{caseId:\\d+}")
    String answer(@PathVariable long caseId, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) String comment, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        ParticipationAnswer chosen = java.util.Arrays.stream(ParticipationAnswer.values())
                .filter(a -> a.name().equals(answer)).findFirst().orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean requested = overviews.collectingIntent().stream()
                .anyMatch(r -> r.issueCase().id() == caseId && !r.issueCase().municipality().equals(account.get().municipality()));
        if (!requested) {
            errors.put("", TEXTS.get("municipal.participation.notOpen"));
        } else {
            try {
                intents.record(caseId, account.get().municipality(), chosen, comment, account.get().username());
                redirect.addFlashAttribute("message", TEXTS.get("municipal.participation.recorded", chosen.label()));
                return "redirect:/municipal/participation";
            } catch (InputRefused e) {
                e.errors().forEach((field, message) -> errors.put(field.equals("answer") || field.equals("comment")
                        ? field + "-" + caseId : field, message));
            } catch (CaseStateException e) {
                errors.put("", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return participationPage(principal, errors, new Typed(caseId, answer, comment), model);
    }

    private String participationPage(Principal principal, Map<String, String> errors, Typed typed, Model model) {
        Optional<Account> account = accounts.of(principal);
        if (account.isEmpty()) {
            return "municipal/no-municipality";
        }
        model.addAttribute("municipality", municipalities.title(account.get().municipality()));
        model.addAttribute("requests", requests(account.get().municipality()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("answers", ParticipationAnswer.values());
        return "municipal/participation";
    }

    private List<RequestView> requests(String municipality) {
        return overviews.collectingIntent().stream()
                .filter(r -> !r.issueCase().municipality().equals(municipality))
                .map(r -> {
                    ParticipationIntent own = intents.list(r.issueCase().id()).stream()
                            .filter(i -> i.municipality().equals(municipality)).findFirst().orElse(null);
                    return new RequestView(r.issueCase().id(), r.issueCase().title(),
                            municipalities.title(r.issueCase().municipality()), r.issueCase().department(),
                            r.issueCase().summary(), r.deadline() == null ? null : JapaneseTimes.dateWithWeekday(r.deadline()),
                            own == null ? null : own.answer(), own == null ? null : own.comment());
                })
                .toList();
    }

    /** A participation request as the page shows it, with this municipality's current answer. */
    record RequestView(long caseId, String title, String municipality, String department, String summary, String deadline,
                       ParticipationAnswer answer, String comment) {
    }

    /** A proposal of the own issue as the municipality sees it after the selection hearing (no contact person). */
    record HeardProposal(String title, String organizationName, String status, List<ProposalAttachment> files) {
    }

    /** What was typed into a refused answer, shown again. */
    record Typed(long caseId, String answer, String comment) {
    }
}
