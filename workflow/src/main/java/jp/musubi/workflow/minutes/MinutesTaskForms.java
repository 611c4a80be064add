package jp.musubi.workflow.minutes;

import static jp.musubi.workflow.inbox.FormField.check;
import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.text;

import java.util.List;
import java.util.Map;

import jp.musubi.workflow.inbox.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox forms of {@code meeting-minutes}. The minutes' attachments are the meeting's materials, added on the
 * meeting's page, which the task page links in its panel.
 */
@Configuration(proxyBeanMethods = false)
class MinutesTaskForms {

    @Bean
    TaskForm minutesWriteTaskForm(MinutesSteps steps) {
        return new TaskForm("minutes-write", List.of(text("minutes", true, MinutesSteps.MAX_TEXT)), in -> {
            String minutes = in.requiredText("minutes", MinutesSteps.MAX_TEXT);
            in.checkParsed();
            steps.submit(in.taskId(), minutes, in.user());
        });
    }

    @Bean
    TaskForm minutesReviewTaskForm(MinutesSteps steps) {
        return new TaskForm("minutes-review", List.of(choice("minutesApproval", "approve", "return"),
                text("reviewComment", false, MinutesSteps.MAX_COMMENT)), in -> {
            String approval = in.choice("minutesApproval", "approve", "return");
            String comment = in.optionalText("reviewComment", MinutesSteps.MAX_COMMENT);
            in.checkParsed();
            steps.review(in.taskId(), "approve".equals(approval), comment, in.user());
        });
    }

    @Bean
    TaskForm minutesCorrectTaskForm(MinutesSteps steps) {
        return new TaskForm("minutes-correct", List.of(text("minutes", true, MinutesSteps.MAX_TEXT)), in -> {
            String minutes = in.requiredText("minutes", MinutesSteps.MAX_TEXT);
            in.checkParsed();
            steps.correct(in.taskId(), minutes, in.user());
        }, null, variables -> {
            // The returned minutes, to be corrected rather than written again.
            Object text = variables.get(MinutesSteps.TEXT_VARIABLE);
            return text == null ? Map.of() : Map.of("minutes", text.toString());
        });
    }

    @Bean
    TaskForm minutesOverdueTaskForm(MinutesSteps steps) {
        return new TaskForm("minutes-overdue", List.of(check("overdueChecked"), text("overdueNote", false, MinutesSteps.MAX_COMMENT)),
                in -> {
                    if (!in.checked("overdueChecked")) {
                        in.refuse("overdueChecked", MinutesTexts.TEXTS.get("minutes.error.overdueChecked"));
                    }
                    String note = in.optionalText("overdueNote", MinutesSteps.MAX_COMMENT);
                    in.checkParsed();
                    steps.confirmOverdue(in.taskId(), note, in.user());
                });
    }
}
