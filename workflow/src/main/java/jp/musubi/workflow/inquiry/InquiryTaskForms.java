package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.text;

import java.util.List;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.inbox.TaskForm;
import jp.musubi.workflow.inbox.TaskGoneException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox forms of {@code inquiry}: 振り分け, 県への確認, 回答. */
@Configuration(proxyBeanMethods = false)
class InquiryTaskForms {

    /** The key {@link InquiryTasks} refuses with when the task is no longer the inquiry's open step. */
    private static final String TASK = "task";

    @Bean
    TaskForm inquiryTriageTaskForm(InquiryTasks inquiries) {
        return new TaskForm("inquiry-triage", List.of(choice("consultPrefecture", "no", "yes"), text("question", false, 2000)),
                guarded(in -> {
                    String consult = in.choice("consultPrefecture", "no", "yes");
                    in.checkParsed();
                    inquiries.triage(in.taskId(), "yes".equals(consult), in.text("question"), in.user());
                }));
    }

    @Bean
    TaskForm inquiryPrefectureCheckTaskForm(InquiryTasks inquiries) {
        return new TaskForm("inquiry-prefecture-check", List.of(text("answer", true, 4000)),
                guarded(in -> inquiries.answerForSecretariat(in.taskId(), in.text("answer"), in.user())));
    }

    @Bean
    TaskForm inquiryReplyTaskForm(InquiryTasks inquiries) {
        return new TaskForm("inquiry-reply", List.of(text("reply", true, 4000)),
                guarded(in -> inquiries.reply(in.taskId(), in.text("reply"), in.user())));
    }

    /** A refusal of the task itself (no longer the inquiry's open step) is the case moving on, not a form error. */
    private static TaskForm.Submitter guarded(TaskForm.Submitter submitter) {
        return in -> {
            try {
                submitter.submit(in);
            } catch (InputRefused e) {
                if (e.errors().containsKey(TASK)) {
                    throw new TaskGoneException();
                }
                throw e;
            }
        };
    }
}
