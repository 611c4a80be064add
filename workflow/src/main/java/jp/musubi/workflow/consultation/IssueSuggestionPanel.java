package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.Map;
import java.util.Optional;

import jp.musubi.workflow.inbox.TaskPanel;
import jp.musubi.workflow.issuecase.IssueCases;
import org.springframework.stereotype.Component;

/**
 * おすすめの企業 on the 取組課題選定 task of {@code issue-to-matching}: the same suggestions as for a
 * consultation, made from the municipal issue's title and summary. Contributed as a panel, so the
 * issue case's own task form is untouched; staff read it while they decide, nothing is sent.
 */
@Component
class IssueSuggestionPanel implements TaskPanel {

    static final String SELECTION_TASK = "issueSelection";

    static String path(long caseId) {
        return ConsultationPages.LIST + "/issue-cases/" + caseId + "/suggestions";
    }

    @Override
    public Optional<Link> panel(String processKey, String taskDefinitionKey, Map<String, Object> variables) {
        if (IssueCases.PROCESS.equals(processKey) && SELECTION_TASK.equals(taskDefinitionKey)
                && variables.get(IssueCases.CASE_ID) instanceof Number caseId) {
            return Optional.of(new Link(TEXTS.get("consultation.issuePanel.heading"), path(caseId.longValue())));
        }
        return Optional.empty();
    }
}
