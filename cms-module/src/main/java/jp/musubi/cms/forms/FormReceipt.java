package jp.musubi.cms.forms;

import static jp.musubi.cms.forms.FormsTexts.TEXTS;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 受付のお知らせ: what a person sent through a public form (会員登録, 問合せ, DX相談), mailed to the
 * address they gave so they know it arrived and what happens next.
 *
 * @param lines the form's fields as the confirmation page showed them
 * @param next  the form's completion text: what happens next
 */
public record FormReceipt(String to, String formTitle, List<Line> lines, String next) implements Notice {

    public static final MailKind KIND = new MailKind("form-receipt", TEXTS.get("forms.receipt.kind"));

    public record Line(String label, String value) {
    }

    public FormReceipt {
        Required.text(to, "to");
        Required.text(formTitle, "formTitle");
        lines = List.copyOf(lines);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("forms.receipt.subject", formTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this);
    }
}
