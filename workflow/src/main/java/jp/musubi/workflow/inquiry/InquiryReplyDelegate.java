package jp.musubi.workflow.inquiry;

import jp.musubi.cms.mail.notification.Notifications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 回答メール送信 (process {@code inquiry}): enqueues the secretariat's reply, quoting the inquiry,
 * and closes the inquiry, in the transaction of the completed 回答作成・送信 task.
 */
@Component("inquiryReplyDelegate")
public class InquiryReplyDelegate implements JavaDelegate {

    private final InquiryRepository inquiries;
    private final Notifications notifications;

    InquiryReplyDelegate(InquiryRepository inquiries, Notifications notifications) {
        this.inquiries = inquiries;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("inquiryId")).longValue();
        Inquiry inquiry = inquiries.find(id).orElseThrow(() -> new IllegalStateException("inquiry " + id + " not found"));
        long mail = notifications.send(new InquiryReply(inquiry.form().email(), inquiry.form().name(),
                inquiry.form().subject(), inquiry.form().body(), inquiry.receivedAt(), inquiry.reply()));
        inquiries.close(id, mail);
    }
}
