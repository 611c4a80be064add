package jp.musubi.workflow.issuecase;

/**
 * 取組課題選定の観点, each scored 1 (low) to 5 (high): 適合性 (can the platform solve it),
 * 共通性 (can it spread to other areas / wide-area cooperation), 実現可能性, 継続性.
 */
public record SelectionScores(Integer suitability, Integer commonality, Integer feasibility, Integer continuity) {

    void validate(Errors errors) {
        score(errors, "suitability", suitability, "適合性");
        score(errors, "commonality", commonality, "共通性");
        score(errors, "feasibility", feasibility, "実現可能性");
        score(errors, "continuity", continuity, "継続性");
    }

    public int total() {
        return suitability + commonality + feasibility + continuity;
    }

    private static void score(Errors errors, String field, Integer value, String label) {
        errors.check(value != null && value >= 1 && value <= 5, "scores." + field, label + "は1〜5で評価してください。");
    }
}
