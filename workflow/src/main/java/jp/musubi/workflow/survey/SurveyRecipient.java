package jp.musubi.workflow.survey;

/** Someone a survey is sent to: the organization and person as the invitation addresses them, and the mail. */
public record SurveyRecipient(String organization, String name, String mail) {
}
