package jp.musubi.workflow.consultation;

import java.util.List;
import java.util.Optional;

import jp.musubi.cms.suggestion.Suggestion;
import jp.musubi.cms.suggestion.SuggestionExposures;
import jp.musubi.cms.suggestion.Suggestions;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for a municipal issue in its selection step. The list is made afresh from the issue each
 * time (published content may have changed), but its exposure is recorded once per case — the first
 * time staff see it — so reopening the task does not inflate any organization's count.
 */
@Service
class IssueSuggestions {

    static final int LIMIT = 5;

    private final IssueCases cases;
    private final Suggestions suggestions;
    private final SuggestionExposures exposures;

    IssueSuggestions(IssueCases cases, Suggestions suggestions, SuggestionExposures exposures) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.exposures = exposures;
    }

    static String context(long caseId) {
        return "issue:" + caseId;
    }

    /** @return the case's title and suggestions, or empty for an unknown case */
    @Transactional
    Optional<Shown> show(long caseId) {
        Optional<IssueCase> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssueCase issue = found.get();
        String need = issue.title() + "\n" + (issue.summary() == null ? "" : issue.summary());
        List<Suggestion> list = suggestions.suggest(need, LIMIT);
        exposures.recordSuggestedOnce(context(caseId), list);
        return Optional.of(new Shown(issue.title(), list));
    }

    record Shown(String issueTitle, List<Suggestion> suggestions) {
    }
}
