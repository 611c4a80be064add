package jp.musubi.workflow.issuecase;

import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.content.ContentService;
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
        Errors errors = new Errors()
                .required("title", issue.title(), "課題名", 200)
                .required("municipality", issue.municipality(), "市町", 80)
                .required("department", issue.department(), "担当課", 100)
                .required("summary", issue.summary(), "課題の概要", 4000)
                .required("submitterName", issue.submitterName(), "提出者の氏名", 100)
                .required("submitterEmail", issue.submitterEmail(), "提出者のメールアドレス", 254)
                .check(issue.submitterUsername() != null && !issue.submitterUsername().isBlank(), "submitterUsername",
                        "提出者のアカウントが必要です。");
        errors.check(issue.submitterEmail() == null || issue.submitterEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "submitterEmail", "提出者のメールアドレスの形式が正しくありません。");
        errors.check(issue.municipality() == null || issue.municipality().isBlank()
                        || content.find("municipalities", issue.municipality().strip()).isPresent(),
                "municipality", "市町が見つかりません。");
        errors.throwIfAny();
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
