package jp.musubi.workflow.inquiry;

import java.time.Instant;

/** A row of {@code inquiry}: the inquiry and what happened to it. */
public record Inquiry(long id, String status, InquiryForm form, Instant receivedAt, Boolean consultPrefecture,
                      String prefectureQuestion, String triagedBy, String prefectureAnswer, String answeredBy,
                      String reply, String repliedBy, Instant repliedAt, Long replyMailId) {

    public static final String RECEIVED = "RECEIVED";
    public static final String CONSULTING = "CONSULTING";
    public static final String ANSWERING = "ANSWERING";
    public static final String CLOSED = "CLOSED";
}
