package jp.musubi.workflow.program;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jp.musubi.workflow.WorkflowTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The programme dashboard with a year of data (bench/program/run.sh): 1,000 members, 200 published
 * issues, 2,000 proposals, selection meetings, 300 articles, 30 newsletters, 20 events, in H2 (in
 * memory), and a year of the site's access log, with Tochigi's FY2026 targets. Measures {@code GET /admin/program} (indicators computed,
 * page rendered through the security filter chain) and the monthly PDF report; prints p50/p95/max.
 */
public final class ProgramDashboardBenchmark {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowTestApplication.class)
                .profiles("test")
                .properties("spring.config.import=optional:file:../bench/program/program-tochigi.yml",
                        "spring.datasource.url=jdbc:h2:mem:program-bench;DB_CLOSE_DELAY=-1")
                .run()) {
            System.out.println("load average at the start: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            seed(context.getBean(JdbcTemplate.class));
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
            // A real account (the test context's staff account "pref"): the page layout shows its display name.
            pref = context.getBean(jp.musubi.workflow.account.AccountService.class).loadUserByUsername("pref");
            for (int i = 0; i < warmup; i++) {
                dashboard(mvc);
            }
            long[] times = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                dashboard(mvc);
                times[i] = System.nanoTime() - start;
            }
            print("GET /admin/program", times);
            // The share of the indicators in it (every target computed, no page).
            ProgramTargets targets = context.getBean(ProgramTargets.class);
            long[] indicators = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                targets.now();
                indicators[i] = System.nanoTime() - start;
            }
            print("  of which the indicators (ProgramTargets.now)", indicators);

            ProgramReports reports = context.getBean(ProgramReports.class);
            reports.pdf(reports.monthly(YearMonth.of(2026, 11)));
            long[] pdf = new long[5];
            int size = 0;
            for (int i = 0; i < pdf.length; i++) {
                long start = System.nanoTime();
                size = reports.pdf(reports.monthly(YearMonth.of(2026, 11))).length;
                pdf[i] = System.nanoTime() - start;
            }
            print("monthly PDF report (" + size / 1024 + " KiB)", pdf);

            AccessReports access = context.getBean(AccessReports.class);
            access.pdf(access.month(YearMonth.of(2026, 11)));
            long[] accessPdf = new long[5];
            for (int i = 0; i < accessPdf.length; i++) {
                long start = System.nanoTime();
                size = access.pdf(access.month(YearMonth.of(2026, 11))).length;
                accessPdf[i] = System.nanoTime() - start;
            }
            print("site access PDF report (" + size / 1024 + " KiB)", accessPdf);
            System.out.println("load average at the end: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }

    static org.springframework.security.core.userdetails.UserDetails pref;

    static void dashboard(MockMvc mvc) throws Exception {
        MvcResult result = mvc.perform(get("/admin/program").with(user(pref))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("GET /admin/program answered " + result.getResponse().getStatus());
        }
    }

    static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.length,
                sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    static void seed(JdbcTemplate jdbc) {
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2026, 4, 1);
        List<Object[]> organizations = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            organizations.add(new Object[]{"bench-org-" + i, "ベンチ株式会社" + i, i % 10 == 0 ? "UNIVERSITY" : "COMPANY",
                    i % 50 == 0 ? "WITHDRAWN" : "ACTIVE", java.sql.Date.valueOf(start.plusDays(random.nextInt(240))),
                    Timestamp.valueOf(LocalDateTime.now())});
        }
        jdbc.batchUpdate("INSERT INTO organization (org_key, name, kind, status, joined_on, newsletter_opt_in, created_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, ?)", organizations);
        for (int i = 0; i < 200; i++) {
            LocalDateTime published = start.plusDays(random.nextInt(240)).atTime(10, 0);
            String page = "bench-issue-" + i;
            item(jdbc, "issues", "issue", page, "{\"title\":\"課題 " + i + "\"}", published);
            jdbc.update("""
                    INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                        submitter_email, status, page_name, extension_count, created_at, updated_at, selected_at)
                    VALUES (?, 'utsunomiya', '課', '概要', 'muni', '市 太郎', 'm@example.jp', 'RECRUITING', ?, 0, ?, ?, ?)
                    """, "課題 " + i, page, at(published.minusDays(30)), at(published), i % 4 == 0 ? at(published.minusDays(10)) : null);
            long caseId = jdbc.queryForObject("SELECT id FROM issue_case WHERE page_name = ?", Long.class, page);
            List<Object[]> proposals = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                proposals.add(new Object[]{caseId, "提案社" + p, "提案 " + i + "-" + p, at(published.plusDays(5 + p))});
            }
            jdbc.batchUpdate("""
                    INSERT INTO proposal (issue_case_id, organization_name, contact_name, contact_email, title, summary, status,
                        submitted_by, submitted_at)
                    VALUES (?, ?, '担当', 'p@example.jp', ?, '概要', 'SUBMITTED', 'member', ?)
                    """, proposals);
            if (i % 2 == 0) {
                List<Long> ids = jdbc.queryForList("SELECT id FROM proposal WHERE issue_case_id = ? ORDER BY id", Long.class, caseId);
                for (int d = 0; d < 2; d++) {
                    jdbc.update("INSERT INTO selection_decision (issue_case_id, proposal_id, selected, decided_by, decided_at)"
                            + " VALUES (?, ?, ?, 'pref', ?)", caseId, ids.get(d), d == 0, at(published.plusDays(40)));
                }
            }
        }
        for (int i = 0; i < 300; i++) {
            item(jdbc, "articles", "article", "bench-article-" + i, "{\"title\":\"記事 " + i + "\",\"category\":\""
                    + (i % 5 == 0 ? "dx-case" : "news") + "\"}", start.plusDays(random.nextInt(240)).atTime(9, 0));
        }
        for (int i = 0; i < 20; i++) {
            item(jdbc, "events", "event", "bench-event-" + i, "{\"title\":\"イベント " + i + "\",\"eventType\":\""
                    + (i % 2 == 0 ? "workshop" : "seminar") + "\",\"startAt\":\"2026-0" + (4 + i % 5) + "-15T13:30\"}",
                    start.plusDays(i).atTime(9, 0));
        }
        for (int i = 0; i < 30; i++) {
            jdbc.update("""
                    INSERT INTO newsletter_send (article_name, article_revision, title, body_html, article_url, status, total,
                        enqueued, sent, failed, created_at, created_by)
                    VALUES (?, 1, ?, '<p>x</p>', 'http://localhost/x', 'COMPLETED', 950, 950, 950, 0, ?, 'sec')
                    """, "bench-article-" + i, "メルマガ " + i, at(start.plusDays(120 + i * 4).atTime(10, 0)));
        }
        accessLog(jdbc, random, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
    }

    /**
     * A year of the site's access log as the recorder writes it: per day 150 pages' views, 300 visitors, 12
     * referrers and 30 search terms (some finding nothing), 365 days.
     */
    static void accessLog(JdbcTemplate jdbc, Random random, LocalDate first, LocalDate last) {
        String[] types = {"articles", "issues", "seeds", "members", "events", "pages"};
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            java.sql.Date date = java.sql.Date.valueOf(day);
            List<Object[]> views = new ArrayList<>();
            views.add(new Object[]{date, "/", "top", 200L + random.nextInt(200)});
            for (int p = 1; p < 150; p++) {
                String type = types[p % types.length];
                views.add(new Object[]{date, "/" + type + "/bench-" + p, type, (long) 1 + random.nextInt(40)});
            }
            jdbc.batchUpdate("INSERT INTO site_page_view_day (stat_day, path, content_type, views) VALUES (?, ?, ?, ?)", views);
            List<Object[]> visitors = new ArrayList<>();
            for (int v = 0; v < 300; v++) {
                visitors.add(new Object[]{date, String.format("%064x", new java.math.BigInteger(256, random))});
            }
            jdbc.batchUpdate("INSERT INTO site_visitor_day (stat_day, visitor_hash) VALUES (?, ?)", visitors);
            List<Object[]> referrers = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
                referrers.add(new Object[]{date, "ref" + r + ".example.jp", (long) 1 + random.nextInt(30)});
            }
            jdbc.batchUpdate("INSERT INTO site_referrer_day (stat_day, referrer_host, views) VALUES (?, ?, ?)", referrers);
            List<Object[]> searches = new ArrayList<>();
            for (int t = 0; t < 30; t++) {
                long count = 1 + random.nextInt(10);
                boolean nothing = t % 6 == 0;
                searches.add(new Object[]{date, "検索語" + t, count, nothing ? 0L : 1L + random.nextInt(20), nothing ? count : 0L});
            }
            jdbc.batchUpdate("INSERT INTO site_search_day (stat_day, term, searches, results, empty_searches) VALUES (?, ?, ?, ?, ?)",
                    searches);
        }
    }

    static long seq = 10_000_000;

    static void item(JdbcTemplate jdbc, String workspace, String type, String name, String json, LocalDateTime published) {
        UUID id = UUID.randomUUID();
        Timestamp at = at(published);
        jdbc.update("""
                INSERT INTO cms_item (id, workspace, name, type, path, title, lock_version, current_revision,
                    published_revision, created_at, created_by, last_modified_at, last_modified_by, last_activated_at,
                    last_activated_by, approval_pending)
                VALUES (?, ?, ?, ?, ?, ?, 1, 1, 1, ?, 'editor', ?, 'editor', ?, 'pref', FALSE)
                """, id, workspace, name, type, "/" + name, name, at, at, at);
        jdbc.update("INSERT INTO cms_revision (item_id, revision, properties, created_at, created_by) VALUES (?, 1, ?, ?, 'editor')",
                id, json, at);
        jdbc.update("INSERT INTO cms_content_change (seq, item_id, workspace, name, kind, changed_at) VALUES (?, ?, ?, ?, 'PUBLISHED', ?)",
                seq++, id, workspace, name, at);
    }

    static Timestamp at(LocalDateTime tokyo) {
        return Timestamp.from(tokyo.atZone(TOKYO).toInstant());
    }
}
