package jp.musubi.workflow.issuecase;

import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputChecks;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake of issues: a municipal staff member submits one, which starts {@value #PROCESS}. */
@Service
@Transactional
public class IssueCases {

    public static final String PROCESS = "issue-to-matching";
    /** The process variable holding the {@code issue_case} id. */
    public static final String CASE_ID = "issueCaseId";

    private final IssueCaseRepository cases;
    private final ContentService content;
    private final RuntimeService runtime;
    private final CaseClock clock;

    IssueCases(IssueCaseRepository cases, ContentService content, RuntimeService runtime, CaseClock clock) {
        this.cases = cases;
        this.content = content;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Records the issue and starts its process (business key: the case id); the prefecture's
     * 取扱判断 is the first task.
     *
     * @return the case id
     */
    public long submit(NewIssue issue) {
        InputChecks checks = new InputChecks();
        checks.required("title", "課題名", issue.title(), 200);
        checks.required("municipality", "市町", issue.municipality(), 80);
        checks.required("department", "担当課", issue.department(), 100);
        checks.required("summary", "課題の概要", issue.summary(), 4000);
        checks.required("submitterName", "提出者の氏名", issue.submitterName(), 100);
        checks.required("submitterEmail", "提出者のメールアドレス", issue.submitterEmail(), 254);
        checks.check(issue.submitterUsername() != null && !issue.submitterUsername().isBlank(), "submitterUsername",
                "提出者のアカウントが必要です。");
        checks.check(issue.submitterEmail() == null || issue.submitterEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "submitterEmail", "提出者のメールアドレスの形式が正しくありません。");
        checks.check(issue.municipality() == null || issue.municipality().isBlank()
                        || content.find("municipalities", issue.municipality().strip()).isPresent(),
                "municipality", "市町が見つかりません。");
        checks.throwIfAny();
        long id = cases.insert(issue, clock.now());
        String process = runtime.startProcessInstanceByKey(PROCESS, Long.toString(id), Map.of(CASE_ID, id)).getId();
        cases.setProcessInstance(id, process);
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<IssueCase> find(long id) {
        return cases.find(id);
    }

    /** The case whose public issue page is {@code pageName} (workspace {@code issues}), if any. */
    @Transactional(readOnly = true)
    public Optional<IssueCase> findByPage(String pageName) {
        return cases.findByPage(pageName);
    }
}
