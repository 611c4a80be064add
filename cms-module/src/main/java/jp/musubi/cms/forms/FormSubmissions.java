package jp.musubi.cms.forms;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.mail.address.EmailAddressPolicy;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a checked form to its feature and mails the sender the receipt, in one transaction: a
 * submission the service refuses sends no receipt, and a stored one always has its receipt queued.
 */
@Service
class FormSubmissions {

    private final Notifications notifications;

    FormSubmissions(Notifications notifications) {
        this.notifications = notifications;
    }

    /** @return the completion text to show */
    @Transactional
    String submit(SiteForm form, Map<String, String> values) {
        String completion = form.send(values);
        String to = form.receiptField() == null ? null : InputChecks.clean(values.get(form.receiptField()));
        if (to == null || EmailAddressPolicy.check(to).isPresent()) {
            return completion;
        }
        List<FormReceipt.Line> lines = form.fields().stream()
                .map(field -> new FormReceipt.Line(field.label(), field.display(values.get(field.name()))))
                .toList();
        notifications.send(new FormReceipt(to, form.title(), lines, completion));
        return completion;
    }

    @Bean
    static MailKind formReceiptMailKind() {
        return FormReceipt.KIND;
    }
}
