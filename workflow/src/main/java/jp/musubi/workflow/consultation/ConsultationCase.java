package jp.musubi.workflow.consultation;

import java.time.Instant;

/**
 * A consultation and what happened to it so far (a row of {@code consultation_request}).
 *
 * @param channel how it came: WEB, PHONE or MAIL
 */
public record ConsultationCase(long id, String status, ConsultationRequest request, String channel, String membership,
                               String office, Instant receivedAt, String intakeOutcome, String closeReason,
                               String advice, String adviceChannel, String adviceNotes, Boolean matchingWanted,
                               Instant advisedAt, OrganizedIssue issue, Instant organizedAt, Boolean talentGuidance,
                               Instant informedAt, int followUpRound, Boolean contactMade, String contactWith,
                               Instant contactedAt, String effectInUse, Instant effectAt, Instant closedAt) {

    public static final String RECEIVED = "RECEIVED";
    public static final String CLOSED_AT_INTAKE = "DECLINED";
    public static final String ADVISING = "ADVISING";
    public static final String ADVISED = "ADVISED";
    public static final String ORGANIZING = "ORGANIZING";
    public static final String INFORMING = "INFORMING";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String EFFECT = "EFFECT";
    public static final String VERIFIED = "VERIFIED";
    public static final String NO_CONTACT = "NO_CONTACT";

    /** The organized issue (課題整理). */
    public record OrganizedIssue(String business, String current, String goal, String budget, String timing,
                                 String constraints) {

        /** The words the suggestions are found by. */
        public String asText(String topic, String body) {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {topic, business, current, goal, constraints, body}) {
                if (part != null) {
                    text.append(part).append('\n');
                }
            }
            return text.toString();
        }
    }

    public boolean closed() {
        return closedAt != null;
    }
}
