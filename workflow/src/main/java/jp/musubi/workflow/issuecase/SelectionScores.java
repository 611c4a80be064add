package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import jp.musubi.cms.input.InputChecks;


/**
 * 取組課題選定の観点, each scored 1 (low) to 5 (high): 適合性 (can the platform solve it),
 * 共通性 (can it spread to other areas / wide-area cooperation), 実現可能性, 継続性.
 */
public record SelectionScores(Integer suitability, Integer commonality, Integer feasibility, Integer continuity) {

    void validate(InputChecks checks) {
        score(checks, "suitability", suitability, TEXTS.get("issuecase.label.score.suitability"));
        score(checks, "commonality", commonality, TEXTS.get("issuecase.label.score.commonality"));
        score(checks, "feasibility", feasibility, TEXTS.get("issuecase.label.score.feasibility"));
        score(checks, "continuity", continuity, TEXTS.get("issuecase.label.score.continuity"));
    }

    public int total() {
        return suitability + commonality + feasibility + continuity;
    }

    private static void score(InputChecks checks, String field, Integer value, String label) {
        checks.check(value != null && value >= 1 && value <= 5, "scores." + field, TEXTS.get("issuecase.selection.score.range", label));
    }
}
