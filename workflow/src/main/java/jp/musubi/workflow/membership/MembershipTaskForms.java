package jp.musubi.workflow.membership;

import static jp.musubi.workflow.inbox.FormField.check;
import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.line;
import static jp.musubi.workflow.inbox.FormField.text;

import java.util.List;

import jp.musubi.workflow.inbox.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox forms of {@code member-registration}: 入会審査, プロフィール変更の確認, 退会の確認. Their services refuse
 * with an {@link jp.musubi.cms.input.InputRefused} named by these forms' fields, which the inbox shows as it is.
 */
@Configuration(proxyBeanMethods = false)
class MembershipTaskForms {

    @Bean
    TaskForm membershipScreeningTaskForm(MembershipScreening screening) {
        return new TaskForm("membership-screening", List.of(check("notAntisocial"), check("termsAccepted"),
                check("existenceConfirmed"), line("publicName", false, MemberPublicNames.MAX_LENGTH),
                choice("admission", "approve", "decline"), text("declineReason", false, 2000)),
                in -> {
                    String admission = in.choice("admission", "approve", "decline");
                    in.checkParsed();
                    screening.complete(in.taskId(), new ScreeningDecision(in.checked("notAntisocial"), in.checked("termsAccepted"),
                            in.checked("existenceConfirmed"), "approve".equals(admission), in.text("declineReason"),
                            in.text("publicName")), in.user());
                }, null, variables -> screening.suggestedPublicName(variables));
    }

    @Bean
    TaskForm memberProfileChangeReviewTaskForm(MemberRequestReviews memberRequests) {
        return new TaskForm("member-profile-change-review", List.of(choice("approval", "approve", "return"),
                text("comment", false, 1000)),
                in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    memberRequests.reviewProfileChange(in.taskId(), "approve".equals(approval), in.text("comment"), in.user());
                });
    }

    @Bean
    TaskForm memberWithdrawalConfirmationTaskForm(MemberRequestReviews memberRequests) {
        return new TaskForm("member-withdrawal-confirmation", List.of(check("intentConfirmed"), text("comment", false, 1000)),
                in -> memberRequests.confirmWithdrawal(in.taskId(), in.checked("intentConfirmed"), in.text("comment"),
                        in.user()));
    }
}
