package jp.musubi.cms.sitestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.YearMonth;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Page views are counted without a cookie or an address: aggregates and a daily-salted hash only. */
@CmsSpringBootTest
class SiteStatsTest {

    @Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<SiteStatsFilter> registration;
    MockMvc mvc;

    /** Stands for the public site: any path answers an HTML page. */
    @org.springframework.web.bind.annotation.RestController
    static class Pages {
        @org.springframework.web.bind.annotation.GetMapping({"/", "/admin/mail"})
        org.springframework.http.ResponseEntity<String> page() {
            return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.TEXT_HTML)
                    .body("<p>page</p>");
        }

        /** Stands for the seeds' search: the term 「防災」 finds 3, anything else nothing. */
        @org.springframework.web.bind.annotation.GetMapping("/seeds")
        org.springframework.http.ResponseEntity<String> search(@org.springframework.web.bind.annotation.RequestParam String q,
                                                               jakarta.servlet.http.HttpServletRequest request) {
            jp.musubi.cms.common.SiteSearchHits.record(request, q, q.strip().equals(BOSAI) ? 3 : 0);
            return page();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void pages() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(new Pages())
                .addFilters(registration.getFilter()).build();
    }
    @Autowired
    SiteStatistics statistics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publicPageViewsVisitorsReferrersAndSearchTermsAreAggregated() throws Exception {
        statistics.flush();
        YearMonth month = YearMonth.from(JapaneseTimes.today(java.time.Clock.systemDefaultZone()));
        long viewsBefore = views("/");
        long visitorsBefore = statistics.month(month).visitors();

        MockHttpServletResponse first = visit("/", "203.0.113.7", "Browser A", "https://www.google.com/search?q=x");
        visit("/", "203.0.113.7", "Browser A", null);
        visit("/", "203.0.113.8", "Browser B", "http://localhost/articles");
        visit("/admin/mail", "203.0.113.7", "Browser A", null);
        assertThat(first.getHeader("Set-Cookie")).isNull();
        assertThat(first.getCookies()).isEmpty();

        // The background flush may have taken some of them already; this one waits for it and writes the rest.
        statistics.flush();
        SiteStatistics.MonthlyAccess access = statistics.month(month);
        assertThat(views("/") - viewsBefore).isEqualTo(3);
        assertThat(access.visitors() - visitorsBefore).isEqualTo(2);
        assertThat(access.contentTypes()).extracting(SiteStatistics.Count::key).contains("top");
        assertThat(access.referrers()).extracting(SiteStatistics.Count::key).contains("www.google.com").doesNotContain("localhost");
        assertThat(access.pages()).extracting(SiteStatistics.Count::key).doesNotContain("/admin/mail");
        // Nothing that names the visitor is kept: only 64-hex hashes of a salt discarded at the day's end.
        assertThat(jdbc.sql("SELECT visitor_hash FROM site_visitor_day").query(String.class).list())
                .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("203.0.113"));
    }

    static final String BOSAI = "防災 " + System.nanoTime();

    @Test
    void searchTermsAreCountedWithTheirHitsAndTheTermsThatFoundNothing() throws Exception {
        YearMonth month = YearMonth.from(JapaneseTimes.today(java.time.Clock.systemDefaultZone()));
        String nothing = "該当なし語 " + System.nanoTime();
        search("/seeds", BOSAI);
        search("/seeds", " " + BOSAI + " ");
        search("/seeds", nothing);
        // A q on a page that did not search is no search term.
        String notSearched = "検索ではない " + System.nanoTime();
        search("/", notSearched);

        statistics.flush();
        SiteStatistics.MonthlyAccess access = statistics.month(month);
        assertThat(access.searchTerms()).contains(new SiteStatistics.SearchTerm(BOSAI, 2, 3, 0),
                new SiteStatistics.SearchTerm(nothing, 1, 0, 1));
        assertThat(access.searchTerms()).extracting(SiteStatistics.SearchTerm::term).doesNotContain(notSearched);
        assertThat(access.emptySearchTerms()).extracting(SiteStatistics.SearchTerm::term).contains(nothing).doesNotContain(BOSAI);
    }

    @Test
    void contentTypeFollowsThePath() {
        assertThat(SiteStatsFilter.contentType("/")).isEqualTo("top");
        assertThat(SiteStatsFilter.contentType("/articles/x")).isEqualTo("articles");
        assertThat(SiteStatsFilter.contentType("/seeds")).isEqualTo("seeds");
        assertThat(SiteStatsFilter.contentType("/join")).isEqualTo("other");
    }

    @Test
    void sameVisitorHashesDifferFromDayToDay() {
        DailySalt salt = new DailySalt();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 2);
        String today = salt.visitor(day, "203.0.113.7", "A");
        assertThat(salt.visitor(day, "203.0.113.7", "A")).isEqualTo(today);
        assertThat(salt.visitor(day.plusDays(1), "203.0.113.7", "A")).isNotEqualTo(today);
    }

    MockHttpServletResponse visit(String path, String address, String agent, String referer) throws Exception {
        var request = get(path).header("User-Agent", agent).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (referer != null) {
            request.header("Referer", referer);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    void search(String path, String q) throws Exception {
        mvc.perform(get(path).param("q", q).header("User-Agent", "C")).andReturn();
    }

    long views(String path) {
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM site_page_view_day WHERE path = ?").param(path)
                .query(Long.class).single();
    }
}
