package jp.musubi.webapp.inbox.form;

import static jp.musubi.webapp.inbox.form.FormField.check;
import static jp.musubi.webapp.inbox.form.FormField.choice;
import static jp.musubi.webapp.inbox.form.FormField.date;
import static jp.musubi.webapp.inbox.form.FormField.score;
import static jp.musubi.webapp.inbox.form.FormField.text;
import static jp.musubi.webapp.inbox.form.FormField.yesNo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.IssueDecision;
import jp.musubi.workflow.approval.PublicationApprovalService;
import jp.musubi.workflow.inquiry.InquiryTasks;
import jp.musubi.workflow.issuecase.CallSteps;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssuePages;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.issuecase.SelectionHearing;
import jp.musubi.workflow.issuecase.SelectionScores;
import jp.musubi.workflow.issuecase.SelectionSteps;
import jp.musubi.workflow.issuecase.WorkshopOutcome;
import jp.musubi.workflow.membership.MemberRequestReviews;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.ScreeningDecision;
import org.springframework.stereotype.Component;

/**
 * The server-side form of each task form key (the {@code flowable:formKey} of the BPMN user tasks).
 * A form reads what the user typed and hands it to the workflow service of the step, which
 * validates it again, writes the case and completes the task; it never completes a task itself.
 * The forms of 課題ページ作成 and of the per-proposal steps are in {@link IssuePageDraftForm} and {@link ProposalForms}.
 */
@Component
public class TaskForms {

    private static final String CASE = IssueCases.CASE_ID;

    private final Map<String, TaskForm> forms = new HashMap<>();

    TaskForms(IntakeSteps intake, IssuePages pages, PublicationApprovalService publication, InquiryTasks inquiries,
              MembershipScreening screening, MemberRequestReviews memberRequests, CallSteps call,
              SelectionSteps selection, Proposals proposals, IssueCases cases, ContentService content) {
        addIssueCallAndSelection(call, selection);
        put(IssuePageDraftForm.create(pages, cases, content));
        put(ProposalForms.review(call, proposals));
        put(ProposalForms.meeting(selection, proposals));
        add("issue-handling-decision", List.of(choice("decision", "HANDLE", "OTHER_PROGRAM", "DECLINE"), text("comment", false, 1000)),
                in -> {
                    String decision = in.choice("decision", "HANDLE", "OTHER_PROGRAM", "DECLINE");
                    in.checkParsed();
                    intake.decideHandling(in.caseId(CASE), in.taskId(), IssueDecision.valueOf(decision), in.text("comment"), in.user());
                });
        add("issue-hearing", List.of(text("organizedPoints", true, 4000), yesNo("directionClear")),
                in -> {
                    Boolean clear = in.yesNo("directionClear");
                    in.checkParsed();
                    intake.recordHearing(in.caseId(CASE), in.taskId(), in.text("organizedPoints"), clear, in.user());
                });
        add("idea-workshop", List.of(text("notes", true, 4000), choice("outcome", "SELECTION", "CLOSE")),
                in -> {
                    String outcome = in.choice("outcome", "SELECTION", "CLOSE");
                    in.checkParsed();
                    intake.recordWorkshop(in.caseId(CASE), in.taskId(), in.text("notes"), WorkshopOutcome.valueOf(outcome), in.user());
                });
        add("issue-selection", List.of(score("suitability"), score("commonality"), score("feasibility"), score("continuity"),
                        yesNo("selected"), date("participationDeadline", false), text("comment", false, 1000)),
                in -> {
                    SelectionScores scores = new SelectionScores(in.score("suitability"), in.score("commonality"),
                            in.score("feasibility"), in.score("continuity"));
                    Boolean selected = in.yesNo("selected");
                    var deadline = in.date("participationDeadline");
                    in.checkParsed();
                    intake.decideSelection(in.caseId(CASE), in.taskId(), scores, selected, deadline, in.text("comment"), in.user());
                });
        add("issue-page-approval", List.of(choice("approval", "approve", "return"), text("comment", false, 1000)),
                in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    pages.approve(in.caseId(CASE), in.taskId(), "approve".equals(approval), in.text("comment"), in.user());
                });
        add("publication-approval", List.of(choice("approval", "approve", "return"), text("comment", false, 1000)),
                in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    if ("approve".equals(approval)) {
                        publication.approve(in.taskId(), in.user(), in.text("comment"));
                    } else {
                        publication.reject(in.taskId(), in.user(), in.text("comment"));
                    }
                });
        add("publication-revision", List.of(check("revisionRead")),
                in -> {
                    if (!in.checked("revisionRead")) {
                        throw InputRefused.of("revisionRead", "差し戻しの内容を確認したら、チェックを入れてください。");
                    }
                    publication.closeRevision(in.taskId(), in.user());
                });
        add("inquiry-triage", List.of(choice("consultPrefecture", "no", "yes"), text("question", false, 2000)),
                in -> {
                    String consult = in.choice("consultPrefecture", "no", "yes");
                    in.checkParsed();
                    inquiries.triage(in.taskId(), "yes".equals(consult), in.text("question"), in.user());
                });
        add("inquiry-prefecture-check", List.of(text("answer", true, 4000)),
                in -> inquiries.answerForSecretariat(in.taskId(), in.text("answer"), in.user()));
        add("inquiry-reply", List.of(text("reply", true, 4000)),
                in -> inquiries.reply(in.taskId(), in.text("reply"), in.user()));
        add("membership-screening", List.of(check("notAntisocial"), check("termsAccepted"), check("existenceConfirmed"),
                        choice("admission", "approve", "decline"), text("declineReason", false, 2000)),
                in -> {
                    String admission = in.choice("admission", "approve", "decline");
                    in.checkParsed();
                    screening.complete(in.taskId(), new ScreeningDecision(in.checked("notAntisocial"), in.checked("termsAccepted"),
                            in.checked("existenceConfirmed"), "approve".equals(admission), in.text("declineReason")), in.user());
                });
        add("member-profile-change-review", List.of(choice("approval", "approve", "return"), text("comment", false, 1000)),
                in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    memberRequests.reviewProfileChange(in.taskId(), "approve".equals(approval), in.text("comment"), in.user());
                });
        add("member-withdrawal-confirmation", List.of(check("intentConfirmed"), text("comment", false, 1000)),
                in -> memberRequests.confirmWithdrawal(in.taskId(), in.checked("intentConfirmed"), in.text("comment"), in.user()));
    }

    private void addIssueCallAndSelection(CallSteps call, SelectionSteps selection) {
        add("proposal-extension", List.of(yesNo("extend"), date("newDeadline", false)),
                in -> {
                    Boolean extend = in.yesNo("extend");
                    var deadline = in.date("newDeadline");
                    in.checkParsed();
                    call.decideExtension(in.caseId(CASE), in.taskId(), extend, deadline, in.user());
                });
        add("selection-hearing", List.of(date("heldOn", true), text("participants", true, 1000), text("notes", true, 4000),
                        yesNo("anotherHearing")),
                in -> {
                    var heldOn = in.date("heldOn");
                    Boolean another = in.yesNo("anotherHearing");
                    in.checkParsed();
                    selection.recordHearing(in.caseId(CASE), in.taskId(),
                            new SelectionHearing(heldOn, in.text("participants"), in.text("notes")), another, in.user());
                });
        add("demonstration-support", List.of(text("notes", true, 4000)),
                in -> selection.recordDemonstrationSupport(in.caseId(CASE), in.taskId(), in.text("notes"), in.user()));
    }

    private void put(TaskForm form) {
        forms.put(form.formKey(), form);
    }

    private void add(String formKey, List<FormField> fields, TaskForm.Submitter submitter) {
        forms.put(formKey, new TaskForm(formKey, fields, submitter));
    }

    /** Empty for a form key without an inbox form (its step is done on its own screen). */
    public Optional<TaskForm> find(String formKey) {
        return Optional.ofNullable(formKey == null ? null : forms.get(formKey));
    }
}
