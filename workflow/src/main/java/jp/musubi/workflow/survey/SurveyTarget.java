package jp.musubi.workflow.survey;

import java.time.Instant;

/**
 * One organization a survey is sent to, with its personal answer token. Personal data (name, mail):
 * staff pages and the mails only.
 *
 * @param source MEMBERS, IMPORT or the id of a contributed {@link SurveyAudience}
 */
public record SurveyTarget(long id, long surveyId, String organization, String personName, String mail, String source,
                           String token, Instant invitedAt, Instant remindedAt, Instant answeredAt, Instant changedAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
