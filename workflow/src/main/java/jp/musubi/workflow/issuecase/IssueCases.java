package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

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
        checks.required("title", TEXTS.get("issuecase.label.title"), issue.title(), 200);
        checks.required("municipality", TEXTS.get("issuecase.label.municipality"), issue.municipality(), 80);
        checks.required("department", TEXTS.get("issuecase.label.department"), issue.department(), 100);
        checks.required("summary", TEXTS.get("issuecase.label.summary"), issue.summary(), 4000);
        checks.required("submitterName", TEXTS.get("issuecase.label.submitterName"), issue.submitterName(), 100);
        checks.required("submitterEmail", TEXTS.get("issuecase.label.submitterEmail"), issue.submitterEmail(), 254);
        checks.check(issue.submitterUsername() != null && !issue.submitterUsername().isBlank(), "submitterUsername",
                TEXTS.get("issuecase.issue.submitterAccount.required"));
        checks.check(issue.submitterEmail() == null || issue.submitterEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "submitterEmail", TEXTS.get("issuecase.issue.submitterEmail.invalid"));
        checks.check(issue.municipality() == null || issue.municipality().isBlank()
                        || content.find("municipalities", issue.municipality().strip()).isPresent(),
                "municipality", TEXTS.get("issuecase.municipality.unknown"));
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
