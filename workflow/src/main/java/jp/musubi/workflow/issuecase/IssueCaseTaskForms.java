package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.date;
import static jp.musubi.workflow.inbox.FormField.score;
import static jp.musubi.workflow.inbox.FormField.text;
import static jp.musubi.workflow.inbox.FormField.yesNo;
import static jp.musubi.workflow.issuecase.IssueCaseRefusals.guarded;

import java.util.List;

import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.inbox.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox forms of {@code issue-to-matching} up to the issue page: 取扱判断, 課題整理ヒアリング, アイデア創出,
 * 取組課題選定, 課題ページ作成 and its approval. A form reads what the user typed and hands it to the step's
 * service, which validates it again, writes the case and completes the task.
 */
@Configuration(proxyBeanMethods = false)
class IssueCaseTaskForms {

    private static final String CASE = IssueCases.CASE_ID;

    @Bean
    TaskForm issueHandlingDecisionTaskForm(IntakeSteps intake) {
        return new TaskForm("issue-handling-decision", List.of(choice("decision", "HANDLE", "OTHER_PROGRAM", "DECLINE"),
                text("comment", false, 1000)), guarded(in -> {
                    String decision = in.choice("decision", "HANDLE", "OTHER_PROGRAM", "DECLINE");
                    in.checkParsed();
                    intake.decideHandling(in.caseId(CASE), in.taskId(), IssueDecision.valueOf(decision), in.text("comment"), in.user());
                }));
    }

    @Bean
    TaskForm issueHearingTaskForm(IntakeSteps intake) {
        return new TaskForm("issue-hearing", List.of(text("organizedPoints", true, 4000), yesNo("directionClear")),
                guarded(in -> {
                    Boolean clear = in.yesNo("directionClear");
                    in.checkParsed();
                    intake.recordHearing(in.caseId(CASE), in.taskId(), in.text("organizedPoints"), clear, in.user());
                }));
    }

    @Bean
    TaskForm ideaWorkshopTaskForm(IntakeSteps intake) {
        return new TaskForm("idea-workshop", List.of(text("notes", true, 4000), choice("outcome", "SELECTION", "CLOSE")),
                guarded(in -> {
                    String outcome = in.choice("outcome", "SELECTION", "CLOSE");
                    in.checkParsed();
                    intake.recordWorkshop(in.caseId(CASE), in.taskId(), in.text("notes"), WorkshopOutcome.valueOf(outcome), in.user());
                }));
    }

    @Bean
    TaskForm issueSelectionTaskForm(IntakeSteps intake) {
        return new TaskForm("issue-selection", List.of(score("suitability"), score("commonality"), score("feasibility"),
                score("continuity"), yesNo("selected"), date("participationDeadline", false), text("comment", false, 1000)),
                guarded(in -> {
                    SelectionScores scores = new SelectionScores(in.score("suitability"), in.score("commonality"),
                            in.score("feasibility"), in.score("continuity"));
                    Boolean selected = in.yesNo("selected");
                    var deadline = in.date("participationDeadline");
                    in.checkParsed();
                    intake.decideSelection(in.caseId(CASE), in.taskId(), scores, selected, deadline, in.text("comment"), in.user());
                }));
    }

    @Bean
    TaskForm issuePageDraftTaskForm(IssuePages pages, IssueCases cases, ContentService content) {
        return guarded(IssuePageDraftForm.create(pages, cases, content));
    }

    @Bean
    TaskForm issuePageApprovalTaskForm(IssuePages pages) {
        return new TaskForm("issue-page-approval", List.of(choice("approval", "approve", "return"), text("comment", false, 1000)),
                guarded(in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    pages.approve(in.caseId(CASE), in.taskId(), "approve".equals(approval), in.text("comment"), in.user());
                }));
    }
}
