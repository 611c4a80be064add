package jp.musubi.workflow.meeting;

/**
 * One line of a participant's meeting list (マイページ, 会員ページ, the municipal page): no other participant's data.
 *
 * @param when      e.g. 2026年12月10日（木） 14:00〜15:00
 * @param where     the place, or オンライン
 * @param href      the meeting's page (participants only)
 */
public record UpcomingMeeting(long id, String kindLabel, String title, String when, String where, String href) {
}
