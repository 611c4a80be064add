package jp.musubi.workflow.survey;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What other features may ask of a survey: the open questionnaires to choose from, and a personal
 * answer link for one recipient (created on first request, the same link afterwards), for a feature
 * that mails the link itself (the thank-you mail after an event).
 */
public interface SurveyInvitations {

    /** A survey that is open for answers, as a feature's settings page lists it. */
    record OpenSurvey(long id, String title) {
    }

    List<OpenSurvey> openSurveys();

    /** The recipient's personal link (absolute), or empty if the survey does not exist or is closed. */
    Optional<URI> personalLink(long surveyId, SurveyRecipient recipient);
}
