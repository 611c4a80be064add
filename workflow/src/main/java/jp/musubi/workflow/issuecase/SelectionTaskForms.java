package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.inbox.FormField.date;
import static jp.musubi.workflow.inbox.FormField.text;
import static jp.musubi.workflow.inbox.FormField.yesNo;
import static jp.musubi.workflow.issuecase.IssueCaseRefusals.guarded;

import java.util.List;

import jp.musubi.workflow.inbox.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox forms of {@code issue-to-matching} from the call for proposals on: 募集期間の延長, 提案審査,
 * ソリューション選定ヒアリング, ソリューション選定会議 and 実証に向けた支援. The per-proposal forms are in {@link ProposalForms}.
 */
@Configuration(proxyBeanMethods = false)
class SelectionTaskForms {

    private static final String CASE = IssueCases.CASE_ID;

    @Bean
    TaskForm proposalExtensionTaskForm(CallSteps call) {
        return new TaskForm("proposal-extension", List.of(yesNo("extend"), date("newDeadline", false)),
                guarded(in -> {
                    Boolean extend = in.yesNo("extend");
                    var deadline = in.date("newDeadline");
                    in.checkParsed();
                    call.decideExtension(in.caseId(CASE), in.taskId(), extend, deadline, in.user());
                }));
    }

    @Bean
    TaskForm proposalReviewTaskForm(CallSteps call, Proposals proposals) {
        return guarded(ProposalForms.review(call, proposals));
    }

    @Bean
    TaskForm selectionHearingTaskForm(SelectionSteps selection) {
        return new TaskForm("selection-hearing", List.of(date("heldOn", true), text("participants", true, 1000),
                text("notes", true, 4000), yesNo("anotherHearing")),
                guarded(in -> {
                    var heldOn = in.date("heldOn");
                    Boolean another = in.yesNo("anotherHearing");
                    in.checkParsed();
                    selection.recordHearing(in.caseId(CASE), in.taskId(),
                            new SelectionHearing(heldOn, in.text("participants"), in.text("notes")), another, in.user());
                }));
    }

    @Bean
    TaskForm selectionMeetingTaskForm(SelectionSteps selection, Proposals proposals) {
        return guarded(ProposalForms.meeting(selection, proposals));
    }

    @Bean
    TaskForm demonstrationSupportTaskForm(SelectionSteps selection) {
        return new TaskForm("demonstration-support", List.of(text("notes", true, 4000)),
                guarded(in -> selection.recordDemonstrationSupport(in.caseId(CASE), in.taskId(), in.text("notes"), in.user())));
    }
}
