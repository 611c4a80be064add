package jp.musubi.workflow.survey;

import java.util.List;

/**
 * A group a survey can be sent to, offered by the feature that knows its people (e.g. the attendees
 * of one event, the exhibitors of one exhibition).
 *
 * @param id    stable key, unique across all sources (e.g. {@code event:42:attendees})
 * @param label what the secretariat sees in the target picker, in Japanese
 */
public record SurveyAudience(String id, String label, List<SurveyRecipient> recipients) {
}
