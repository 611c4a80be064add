package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.musubi.cms.mail.notification.MailDates;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 問合せへの回答: the secretariat's reply, quoting the inquiry. */
public record InquiryReply(String to, String inquirerName, String inquirySubject, String inquiryText,
                           Instant receivedAt, String replyText) implements Notice {

    public static final MailKind KIND = new MailKind("inquiry-reply", TEXTS.get("inquiry.reply.kind"));

    public InquiryReply {
        Required.text(to, "to");
        Required.text(inquirerName, "inquirerName");
        Required.text(inquirySubject, "inquirySubject");
        Required.text(inquiryText, "inquiryText");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Required.text(replyText, "replyText");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("inquiry.reply.subject", inquirySubject);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "receivedAt", MailDates.dateTime(receivedAt), "quotedInquiry", quote(inquiryText));
    }

    /** Mail-style quotation ("> ") of the inquirer's text, line by line. */
    private static String quote(String text) {
        return text.strip().lines().map(line -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"));
    }
}
