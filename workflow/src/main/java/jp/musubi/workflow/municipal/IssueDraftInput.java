package jp.musubi.workflow.municipal;

/**
 * What a municipal staff member types into 課題の応募.
 *
 * @param scope    {@code local} (単独の市町), {@code wide-area} (広域連携) or {@code common} (どの市町にも共通)
 * @param roundId  the 課題募集 round chosen, or null
 */
public record IssueDraftInput(String title, String department, String summary, String background,
                              String currentSituation, String direction, String scope, String contactName,
                              String contactEmail, String contactPhone, Long roundId) {
}
