package jp.musubi.workflow.approval;

import static jp.musubi.workflow.approval.ApprovalTexts.TEXTS;
import static jp.musubi.workflow.inbox.FormField.check;
import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.text;

import java.util.List;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.inbox.TaskForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox forms of {@code content-publication}: 公開承認 and 差し戻し対応. */
@Configuration(proxyBeanMethods = false)
class PublicationTaskForms {

    @Bean
    TaskForm publicationApprovalTaskForm(PublicationApprovalService publication) {
        return new TaskForm("publication-approval", List.of(choice("approval", "approve", "return"), text("comment", false, 1000)),
                guarded(in -> {
                    String approval = in.choice("approval", "approve", "return");
                    in.checkParsed();
                    if ("approve".equals(approval)) {
                        publication.approve(in.taskId(), in.user(), in.text("comment"));
                    } else {
                        publication.reject(in.taskId(), in.user(), in.text("comment"));
                    }
                }));
    }

    @Bean
    TaskForm publicationRevisionTaskForm(PublicationApprovalService publication) {
        return new TaskForm("publication-revision", List.of(check("revisionRead")),
                guarded(in -> {
                    if (!in.checked("revisionRead")) {
                        throw InputRefused.of("revisionRead", TEXTS.get("approval.revision.readRequired"));
                    }
                    publication.closeRevision(in.taskId(), in.user());
                }));
    }

    /** This feature's refusals as the inbox's form errors, so the inbox need not know {@link PublicationApprovalException}. */
    private static TaskForm.Submitter guarded(TaskForm.Submitter submitter) {
        return in -> {
            try {
                submitter.submit(in);
            } catch (PublicationApprovalException e) {
                throw InputRefused.of(e.field() == null ? InputRefused.GENERAL : e.field(), e.getMessage());
            }
        };
    }
}
