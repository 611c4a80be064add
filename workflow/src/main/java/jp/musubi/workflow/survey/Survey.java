package jp.musubi.workflow.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey: answers are accepted from {@code opensOn} to the end of {@code closesOn} (Asia/Tokyo).
 *
 * @param programSurvey counted for the programme targets (調査対象数・回答率)
 * @param copiedFrom    the survey this one was copied from (last year's), or null
 * @param invitedAt     when the first invitations went out (the questions are fixed from then on), or null
 */
public record Survey(long id, String title, String intro, LocalDate opensOn, LocalDate closesOn, boolean programSurvey,
                     Long copiedFrom, String createdBy, Instant createdAt, Instant invitedAt) {

    public boolean acceptsAnswersOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean closedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }

    public boolean invited() {
        return invitedAt != null;
    }
}
