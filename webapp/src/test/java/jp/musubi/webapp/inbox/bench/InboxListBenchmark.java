package jp.musubi.webapp.inbox.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.TimeUnit;

import jp.musubi.MusubiApplication;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Server time of the inbox list page with {@code openTasks} open tasks: the whole application
 * (H2 in memory, demo data), {@code openTasks} issues submitted through {@link IssueCases} so each
 * has its 取扱判断 task for PREF_STAFF with its case row and task mail, then the page requested as
 * {@code pref} through the full filter chain, controller, SQL and Thymeleaf (MockMvc: no network).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class InboxListBenchmark {

    @Param("10000")
    int openTasks;

    private ConfigurableApplicationContext context;
    private MockMvc mvc;
    private UserDetails pref;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(MusubiApplication.class).profiles("test")
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:inbox-bench;DB_CLOSE_DELAY=-1",
                        "logging.level.root=warn", "logging.level.jp.musubi=warn")
                .run();
        IssueCases issueCases = context.getBean(IssueCases.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        long started = System.nanoTime();
        int batch = 200;
        for (int from = 0; from < openTasks; from += batch) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int n = first; n < Math.min(first + batch, openTasks); n++) {
                    issueCases.submit(new NewIssue(String.format("公共交通の空白地域における移動手段の確保（ベンチ%05d）", n),
                            "utsunomiya", "交通政策課", "路線バスの廃止により、高齢者の移動手段が不足している。", "municipal",
                            "宇都宮 花子", "bench" + n + "@city.example.jp"));
                }
            });
        }
        long open = context.getBean(TaskService.class).createTaskQuery().count();
        System.out.printf("%n%d issues submitted in %.1f s; open tasks: %d%n", openTasks,
                (System.nanoTime() - started) / 1e9, open);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        pref = context.getBean(AccountService.class).loadUserByUsername("pref");
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** グループのタスク, first page, newest first: what the prefecture opens every morning. */
    @Benchmark
    public int groupFirstPage() throws Exception {
        return page(get("/inbox").param("view", "group"));
    }

    /** A search on case titles matching one case among all. */
    @Benchmark
    public int groupTitleSearch() throws Exception {
        return page(get("/inbox").param("view", "group").param("q", "ベンチ04321"));
    }

    /** The last page, ordered by due date (deep offset, sort on a column with nulls). */
    @Benchmark
    public int groupLastPageByDue() throws Exception {
        return page(get("/inbox").param("view", "group").param("sort", "due-asc").param("page", Integer.toString(openTasks / 25)));
    }

    private int page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(pref))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("HTTP " + result.getResponse().getStatus());
        }
        return result.getResponse().getContentAsByteArray().length;
    }
}
