package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.musubi.workflow.inbox.FormField;
import jp.musubi.workflow.inbox.TaskForm;

/**
 * 提案審査 and ソリューション選定会議: one radio group per proposal of the case, named as the service names
 * its errors ({@code eligible[12]}, {@code decisions[12]}, {@code decisions[12].reason}) so that each
 * message lands next to its proposal. A proposal is shown by title, organization and status only: the
 * contact person stays on the proposal's own records.
 */
final class ProposalForms {

    private ProposalForms() {
    }

    static TaskForm review(CallSteps call, Proposals proposals) {
        FormField eligible = FormField.choice("eligible", "yes", "no");
        Function<Map<String, Object>, List<FormField>> items = variables -> {
            List<Proposal> shown = proposals(variables, proposals, p -> true);
            Map<Long, List<ProposalAttachment>> files = proposals.attachments(shown.stream().map(Proposal::id).toList());
            return shown.stream().map(p -> eligible.forItem("eligible[" + p.id() + "]", describe(p), "eligible")
                    .withLinks(links(files.getOrDefault(p.id(), List.of())))).toList();
        };
        TaskForm.Submitter submitter = in -> {
            String comment = in.optionalText("comment", 1000);
            in.checkParsed();
            long caseId = in.caseId(IssueCases.CASE_ID);
            Map<Long, Boolean> decisions = new LinkedHashMap<>();
            for (Proposal proposal : proposals.forCase(caseId)) {
                String value = in.raw("eligible[" + proposal.id() + "]");
                if ("yes".equals(value) || "no".equals(value)) {
                    decisions.put(proposal.id(), "yes".equals(value));
                }
            }
            call.reviewProposals(caseId, in.taskId(), decisions, comment, in.user());
        };
        return new TaskForm("proposal-review", List.of(FormField.text("comment", false, 1000)), submitter, items, null);
    }

    static TaskForm meeting(SelectionSteps selection, Proposals proposals) {
        FormField decision = FormField.choice("selection", "selected", "notSelected");
        FormField reason = FormField.text("reason", false, 1000);
        Function<Map<String, Object>, List<FormField>> items = variables -> {
            List<Proposal> shown = proposals(variables, proposals, p -> p.status() == ProposalStatus.UNDER_SELECTION);
            // The members of the selection meeting decide with the proposals' files at hand.
            Map<Long, List<ProposalAttachment>> files = proposals.attachments(shown.stream().map(Proposal::id).toList());
            return shown.stream()
                .flatMap(p -> java.util.stream.Stream.of(
                        decision.forItem("decisions[" + p.id() + "]", describe(p), "selection")
                                .withLinks(links(files.getOrDefault(p.id(), List.of()))),
                        reason.forItem("decisions[" + p.id() + "].reason", TEXTS.get("issuecase.label.reasonOf", p.title()), "reason")))
                .toList();
        };
        TaskForm.Submitter submitter = in -> {
            String comment = in.optionalText("comment", 1000);
            in.checkParsed();
            long caseId = in.caseId(IssueCases.CASE_ID);
            Map<Long, ProposalDecision> decisions = new LinkedHashMap<>();
            for (Proposal proposal : proposals.forCase(caseId)) {
                if (proposal.status() != ProposalStatus.UNDER_SELECTION) {
                    continue;
                }
                String value = in.raw("decisions[" + proposal.id() + "]");
                String why = in.raw("decisions[" + proposal.id() + "].reason");
                if ("selected".equals(value)) {
                    decisions.put(proposal.id(), ProposalDecision.selected(why));
                } else if ("notSelected".equals(value)) {
                    decisions.put(proposal.id(), ProposalDecision.notSelected(why));
                }
            }
            selection.decideMeeting(caseId, in.taskId(), decisions, in.checked("demonstrationSupport"), comment, in.user());
        };
        return new TaskForm("selection-meeting", List.of(FormField.check("demonstrationSupport"),
                FormField.text("comment", false, 1000)), submitter, items, null);
    }

    /** The proposal's attached files, for staff only (the task page is not public). */
    static List<FormField.Link> links(List<ProposalAttachment> attachments) {
        return attachments.stream().map(a -> new FormField.Link(TEXTS.get("issuecase.attachment.link", a.filename()), a.url())).toList();
    }

    /** 「title」（organization・status）. */
    static String describe(Proposal proposal) {
        return TEXTS.get("issuecase.proposal.describe", proposal.title(), proposal.organizationName(), proposal.status().label());
    }

    private static List<Proposal> proposals(Map<String, Object> variables, Proposals proposals, Predicate<Proposal> shown) {
        if (!(variables.get(IssueCases.CASE_ID) instanceof Number caseId)) {
            return List.of();
        }
        return proposals.forCase(caseId.longValue()).stream().filter(shown).toList();
    }
}
