package jp.musubi.cms.mail.notification;

import java.time.Instant;
import java.util.Objects;

/** 問合せへの回答: the secretariat's reply, quoting the inquiry. */
public record InquiryReply(String to, String inquirerName, String inquirySubject, String inquiryText,
                           Instant receivedAt, String replyText) {

    public InquiryReply {
        Required.text(to, "to");
        Required.text(inquirerName, "inquirerName");
        Required.text(inquirySubject, "inquirySubject");
        Required.text(inquiryText, "inquiryText");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Required.text(replyText, "replyText");
    }
}
