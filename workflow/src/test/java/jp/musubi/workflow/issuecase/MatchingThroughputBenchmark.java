package jp.musubi.workflow.issuecase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jp.musubi.workflow.WorkflowTestApplication;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Complete issue-to-matching cases per second on H2 (in memory), one thread (bench/matching/run.sh):
 *
 * <ul>
 *   <li>{@code serviceLayer}: a case from intake to matching through the services the pages call —
 *       validation, case tables, role checks, the issue page created and published in the CMS (with
 *       search indexing), the mails written to the outbox, the engine driving the real diagram and
 *       its delegates;</li>
 *   <li>{@code bareFlowable}: the same diagram (same tasks, gateways and timers) driven with
 *       {@code RuntimeService}/{@code TaskService} alone, its service tasks replaced by no-op
 *       expressions — what the engine costs without the product around it.</li>
 * </ul>
 *
 * Both walk the same path: handled → hearing with a clear direction → selected → participation
 * deadline → page drafted and approved → one proposal → proposal deadline → review → one selection
 * hearing → selection meeting → matching without demonstration support.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
public class MatchingThroughputBenchmark {

    private static final String BARE_KEY = "issue-to-matching-bare";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ConfigurableApplicationContext context;
    private IssueToMatchingFixture f;
    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private long member;

    /**
     * The workflow module without a web server: the benchmark drives services, and a server would take
     * port 8080 and fail while the product runs (issue 21, item 21).
     */
    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(WorkflowTestApplication.class).web(WebApplicationType.NONE)
                .profiles("test").properties("logging.level.root=warn");
    }

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = application().run();
        f = context.getBean(IssueToMatchingFixture.class);
        runtime = context.getBean(RuntimeService.class);
        tasks = context.getBean(TaskService.class);
        management = context.getBean(ManagementService.class);
        f.municipalities();
        member = f.member("株式会社ベンチマーク交通");
        deployBareCopy(context.getBean(RepositoryService.class));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public long serviceLayer() {
        IssueCase issueCase = f.recruiting();
        long proposal = f.propose(issueCase, member, "株式会社ベンチマーク交通");
        f.fireTimers(issueCase, "2026-07-17T17:15");
        f.call.reviewProposals(issueCase.id(), f.taskId(issueCase, "reviewProposals"), Map.of(proposal, true), null, "sec");
        f.at("2026-07-24T16:00");
        f.selection.recordHearing(issueCase.id(), f.taskId(issueCase, "selectionHearing"),
                new SelectionHearing(LocalDate.of(2026, 7, 24), "宇都宮市 交通政策課", "運行形態を確認"), false, "sec");
        f.selection.decideMeeting(issueCase.id(), f.taskId(issueCase, "selectionMeeting"),
                Map.of(proposal, ProposalDecision.selected("費用対効果が高い")), false, null, "pref");
        return requireEnded(issueCase.processInstanceId());
    }

    @Benchmark
    public long bareFlowable() {
        f.at("2026-06-01T10:00");
        String process = runtime.startProcessInstanceByKey(BARE_KEY, "bare-" + SEQUENCE.incrementAndGet()).getId();
        complete(process, "handlingDecision", Map.of("handlingDecision", "HANDLE"));
        complete(process, "issueHearing", Map.of("directionClear", true));
        complete(process, "issueSelection", Map.of("issueSelected", true,
                "participationDeadlineTimer", Deadlines.timer(IssueToMatchingFixture.PARTICIPATION_DEADLINE)));
        fireTimers(process, "2026-06-12T17:15");
        complete(process, "draftIssuePage", Map.of(
                "proposalDeadlineTimer", Deadlines.timer(IssueToMatchingFixture.PROPOSAL_DEADLINE)));
        // The no-op counter leaves what ProposalCounter would have set: one proposal, no extension yet.
        complete(process, "approveIssuePage", Map.of("pageApproved", true, "proposalCount", 1, "extensionCount", 0));
        fireTimers(process, "2026-07-17T17:15");
        complete(process, "reviewProposals", Map.of("eligibleCount", 1));
        complete(process, "selectionHearing", Map.of("anotherHearing", false));
        complete(process, "selectionMeeting", Map.of("selectedCount", 1, "demonstrationSupport", false));
        return requireEnded(process);
    }

    private void complete(String process, String taskKey, Map<String, Object> variables) {
        String task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult().getId();
        tasks.complete(task, variables);
    }

    private void fireTimers(String process, String localDateTime) {
        f.at(localDateTime);
        List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
        if (due.size() != 1) {
            throw new IllegalStateException("expected one due timer, found " + due.size());
        }
        management.executeJob(management.moveTimerToExecutableJob(due.get(0).getId()).getId());
    }

    private long requireEnded(String process) {
        long running = runtime.createProcessInstanceQuery().processInstanceId(process).count();
        if (running != 0) {
            throw new IllegalStateException("case did not end: " + process);
        }
        return running;
    }

    /** The same diagram under another key, with every service task a no-op expression. */
    private static void deployBareCopy(RepositoryService repository) throws IOException {
        String xml;
        try (InputStream in = MatchingThroughputBenchmark.class.getResourceAsStream("/processes/issue-to-matching.bpmn20.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bare = xml.replace("\"issue-to-matching\"", "\"" + BARE_KEY + "\"")
                .replaceAll("flowable:delegateExpression=\"\\$\\{[A-Za-z]+}\"", "flowable:expression=\"\\${true}\"");
        if (bare.contains("delegateExpression")) {
            throw new IllegalStateException("a delegate was left in the bare copy");
        }
        repository.createDeployment().name("benchmark: bare copy").addString(BARE_KEY + ".bpmn20.xml", bare).deploy();
    }
}
