package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.util.List;
import java.util.Optional;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.issuecase.CaseProgress;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseOverviews;
import org.springframework.stereotype.Component;

/** Builds 自分の課題: the account's municipality's cases with their step, decisions and what comes next. */
@Component
class MunicipalCases {

    /** Key prefix of 次に行うこと, followed by the case status. */
    private static final String NEXT = "municipal.next.";

    private final IssueCaseOverviews overviews;
    private final MunicipalIssues issues;

    MunicipalCases(IssueCaseOverviews overviews, MunicipalIssues issues) {
        this.overviews = overviews;
        this.issues = issues;
    }

    List<CaseView> of(String municipality) {
        return overviews.forMunicipality(municipality).stream().map(c -> view(c.id())).flatMap(Optional::stream).toList();
    }

    /** The case if it is {@code municipality}'s; another municipality's case is not found. */
    Optional<CaseView> find(long caseId, String municipality) {
        return view(caseId).filter(view -> view.issueCase().municipality().equals(municipality));
    }

    private Optional<CaseView> view(long caseId) {
        return overviews.progress(caseId).map(this::view);
    }

    private CaseView view(CaseProgress progress) {
        IssueCase issueCase = progress.issueCase();
        MunicipalStep step = MunicipalStep.of(issueCase.status());
        String next = TEXTS.get(NEXT + issueCase.status().name());
        String due = progress.dueDate() == null ? null : JapaneseTimes.dateWithWeekday(progress.dueDate());
        String pageUrl = progress.pagePublished() ? "/issues/" + issueCase.pageName() : null;
        return new CaseView(issueCase, step, next, due, progress.decisions(), pageUrl, progress.proposalCount(),
                issues.forCase(issueCase.id()).orElse(null));
    }
}
