package jp.musubi.workflow.membership;

/**
 * The secretariat's admission screening (入会審査) of one application.
 *
 * @param notAntisocial      反社会的勢力に該当しないことを確認した
 * @param termsAccepted      規約への同意を確認した
 * @param existenceConfirmed 所在・実在を確認した
 * @param approve            true = 承認, false = 見送り, null = not chosen
 * @param declineReason      required when declining; mailed to the applicant
 * @param publicName         the readable, stable name of the member's public page ({@code /members/<publicName>}),
 *                           or null for the one suggested from the application
 */
public record ScreeningDecision(boolean notAntisocial, boolean termsAccepted, boolean existenceConfirmed,
                                Boolean approve, String declineReason, String publicName) {

    public ScreeningDecision(boolean notAntisocial, boolean termsAccepted, boolean existenceConfirmed,
                             Boolean approve, String declineReason) {
        this(notAntisocial, termsAccepted, existenceConfirmed, approve, declineReason, null);
    }

    public static ScreeningDecision approveAllChecked() {
        return new ScreeningDecision(true, true, true, true, null);
    }

    public static ScreeningDecision decline(String reason) {
        return new ScreeningDecision(false, false, false, false, reason);
    }
}
