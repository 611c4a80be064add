package jp.musubi.workflow.issuecase;

import java.time.Instant;

/**
 * A decision taken on an issue case so far, as the submitting municipality may read it.
 *
 * @param step      the step's Japanese name (取扱判断, 取組課題選定…)
 * @param outcome   what was decided, in Japanese
 * @param comment   the comment given with it, or null
 * @param decidedAt when the step was completed, or null if unknown
 */
public record CaseDecision(String step, String outcome, String comment, Instant decidedAt) {
}
