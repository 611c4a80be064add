package jp.musubi.workflow.issuecase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * The cases of the demo issues ({@code seeds/issue-cases.yml}): each seeded issue is submitted through
 * {@link IssueCases#submit} and walked through the same steps staff take in the inbox up to its
 * {@code stage}, so page and case agree (the issue page's public status is the workflow's). Due
 * timers are run at once, as the async executor would at the deadline.
 */
@Component
class IssueCaseDemoData implements DemoDataSection {

    private static final String PREF = "pref";
    private static final String SECRETARIAT = "secretariat";

    private final IssueCases issueCases;
    private final IssueCaseRepository cases;
    private final IntakeSteps intake;
    private final IssuePages pages;
    private final Proposals proposals;
    private final CallSteps call;
    private final SelectionSteps selection;
    private final ContentService content;
    private final OrganizationRepository organizations;
    private final TaskService tasks;
    private final ManagementService management;
    private final CaseClock clock;

    IssueCaseDemoData(IssueCases issueCases, IssueCaseRepository cases, IntakeSteps intake, IssuePages pages,
                      Proposals proposals, CallSteps call, SelectionSteps selection, ContentService content,
                      OrganizationRepository organizations, TaskService tasks, ManagementService management, CaseClock clock) {
        this.issueCases = issueCases;
        this.cases = cases;
        this.intake = intake;
        this.pages = pages;
        this.proposals = proposals;
        this.call = call;
        this.selection = selection;
        this.content = content;
        this.organizations = organizations;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "issue-cases";
    }

    @Override
    public int order() {
        // After the issues (60) and the accounts (20) and organizations (10) they refer to.
        return 65;
    }

    @Override
    public void load(DemoDataReader reader) {
        if (!reader.exists("issue-cases.yml")) {
            return;
        }
        // Only the names and stages of the issues: their properties were loaded by the CMS section.
        Map<?, ?> issues = reader.read("content/issues.yml", Map.class);
        Map<String, String> stageOf = new HashMap<>();
        for (Object item : (List<?>) issues.get("items")) {
            Map<?, ?> fields = (Map<?, ?>) item;
            stageOf.put(String.valueOf(fields.get("name")), String.valueOf(fields.get("stage")));
        }
        for (DemoCase demo : reader.read("issue-cases.yml", CasesFile.class).cases()) {
            String stage = stageOf.get(demo.issue());
            if (stage == null) {
                throw new IllegalStateException("Demo case for unknown issue " + demo.issue());
            }
            walk(demo, Stage.of(stage));
        }
    }

    private void walk(DemoCase demo, Stage stage) {
        ContentItem issue = content.get(IssuePages.WORKSPACE, demo.issue());
        Map<String, Object> p = issue.properties();
        long id = issueCases.submit(new NewIssue(text(p, "title"), text(p, "municipality"), text(p, "department"),
                text(p, "summary"), demo.submitter(), text(p, "contactPerson"), text(p, "contactEmail")));
        // The case's page is the seeded item, not a new issue-<id>.
        cases.linkPage(id, demo.issue());
        if (stage == Stage.INTAKE || stage == Stage.HANDLING_DECISION) {
            return;
        }
        intake.decideHandling(id, task(id, "handlingDecision"), IssueDecision.HANDLE, null, PREF);
        if (stage == Stage.HEARING) {
            return;
        }
        intake.recordHearing(id, task(id, "issueHearing"), text(p, "summary"), true, SECRETARIAT);
        LocalDate today = clock.today();
        intake.decideSelection(id, task(id, "issueSelection"), new SelectionScores(4, 4, 4, 4), true, today.plusDays(1), null,
                SECRETARIAT);
        fireTimers(id);
        LocalDate seededDeadline = p.get("proposalDeadline") == null ? null : LocalDate.parse(text(p, "proposalDeadline"));
        LocalDate deadline = seededDeadline != null && seededDeadline.isAfter(today) ? seededDeadline : today.plusDays(30);
        @SuppressWarnings("unchecked")
        List<String> tags = p.get("tags") instanceof List<?> list ? (List<String>) list : List.of();
        pages.draft(id, task(id, "draftIssuePage"), new IssuePageDraft(text(p, "title"), text(p, "summary"), text(p, "background"),
                text(p, "currentSituation"), text(p, "direction"), tags, text(p, "scope"), deadline), SECRETARIAT);
        pages.approve(id, task(id, "approveIssuePage"), true, null, PREF);
        if (stage == Stage.RECRUITING) {
            return;
        }
        for (DemoProposal proposal : demo.proposals()) {
            Organization organization = organizations.findByKey(proposal.organization())
                    .orElseThrow(() -> new IllegalStateException("Demo proposal of unknown organization " + proposal.organization()));
            var contact = organizations.contacts(organization.key()).get(0);
            proposals.submit(id, new NewProposal(organization.id(), organization.name(), contact.personName(), contact.email(),
                    proposal.title(), proposal.summary()), "member");
        }
        fireTimers(id);
        Map<Long, Boolean> eligible = new HashMap<>();
        proposals.forCase(id).forEach(proposal -> eligible.put(proposal.id(), true));
        call.reviewProposals(id, task(id, "reviewProposals"), eligible, null, SECRETARIAT);
        if (seededDeadline != null && !seededDeadline.isAfter(today)) {
            // The call of a past stage closed on its seeded date: show that date on the page.
            pages.republish(id, values -> values.put("proposalDeadline", seededDeadline.toString()));
            cases.recordPage(id, demo.issue(), seededDeadline);
        }
        if (stage == Stage.SELECTING) {
            return;
        }
        selection.recordHearing(id, task(id, "selectionHearing"), new SelectionHearing(today, "提案者、" + text(p, "department") + "、事務局",
                "提案内容と実証の進め方を確認した。"), false, SECRETARIAT);
        Map<Long, ProposalDecision> decisions = new HashMap<>();
        for (Proposal proposal : proposals.forCase(id)) {
            boolean chosen = organizations.findByKey(demo.selected()).map(o -> proposal.organizationId() != null && o.id() == proposal.organizationId()).orElse(false);
            decisions.put(proposal.id(), new ProposalDecision(chosen, null));
        }
        selection.decideMeeting(id, task(id, "selectionMeeting"), decisions, false, null, PREF);
    }

    private String task(long caseId, String key) {
        IssueCase issueCase = cases.find(caseId).orElseThrow();
        var task = tasks.createTaskQuery().processInstanceId(issueCase.processInstanceId()).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new IllegalStateException("Demo case " + caseId + " has no open task " + key);
        }
        return task.getId();
    }

    private void fireTimers(long caseId) {
        String process = cases.find(caseId).orElseThrow().processInstanceId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(process).list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
    }

    private static String text(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    /** The seeds' stage names (seeds/README.md). */
    enum Stage {
        INTAKE, HANDLING_DECISION, HEARING, RECRUITING, SELECTING, MATCHED;

        static Stage of(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    record CasesFile(List<DemoCase> cases) {
    }

    record DemoCase(String issue, String submitter, List<DemoProposal> proposals, String selected) {
        DemoCase {
            proposals = proposals == null ? List.of() : List.copyOf(proposals);
        }
    }

    record DemoProposal(String organization, String title, String summary) {
    }
}
