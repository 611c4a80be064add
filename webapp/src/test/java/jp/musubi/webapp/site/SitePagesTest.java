package jp.musubi.webapp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationRepository;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages read from the demo data: what they show, what they never show. */
@MusubiSpringBootTest
class SitePagesTest {

    private static final List<String> LIST_PAGES = List.of("/", "/articles", "/articles?category=news", "/issues",
            "/issues?status=recruiting", "/issues?status=selecting", "/issues?status=matched", "/seeds",
            "/seeds?q=水位", "/members", "/events", "/sitemap.xml", "/articles/feed.atom", "/articles/feed.rss");
    private static final Pattern DETAIL_LINK = Pattern.compile(
            "href=\"(/(?:articles|issues|seeds|members|events|pages)/[a-z0-9-]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    AccountService accounts;

    @Test
    void tochigiKeepsItsTextTitleAndItsBlueThroughTheBrandStylesheet() throws Exception {
        String home = anonymousText("/");

        assertThat(home).doesNotContain("site-logo")
                .contains("<a href=\"/\">とちぎDX推進プラットフォーム</a>");
        Matcher link = Pattern.compile("href=\"(/assets/brand\\.css)\\?v=([0-9a-f]{12})\"").matcher(home);
        assertThat(link.find()).as("the brand stylesheet's link").isTrue();

        MockHttpServletResponse current = mvc.perform(get(link.group(1)).param("v", link.group(2))).andReturn().getResponse();
        assertThat(current.getContentType()).startsWith("text/css");
        assertThat(current.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(current.getContentAsString()).isEqualTo(
                ":root{--brand:#0b5394;--brand-dark:#083b6a;--on-brand:#ffffff;--link:#0b5394}\n");
        // An older page's link gets today's colours, not kept for a year.
        MockHttpServletResponse older = mvc.perform(get(link.group(1)).param("v", "000000000000")).andReturn().getResponse();
        assertThat(older.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(older.getContentAsString()).isEqualTo(current.getContentAsString());
    }

    @Test
    void tochigisFooterLinksItsThreeFixedPages() throws Exception {
        String footer = anonymousText("/").replaceAll("(?s).*<footer", "<footer");

        assertThat(footer).containsSubsequence("href=\"/pages/terms\">利用規約", "href=\"/pages/privacy\">プライバシーポリシー",
                "href=\"/pages/accessibility\">アクセシビリティ方針").doesNotContain("/pages/bylaws")
                .as("Tochigi takes inquiries through its form only").doesNotContain("事務局へのお問い合わせ");
    }

    @Test
    void everyPublicPageTypeAnswersInJapaneseWithCanonicalAndOgp() throws Exception {
        for (String path : List.of("/", "/articles", "/articles/website-open-member-recruitment", "/issues",
                "/issues/nasushiobara-water-pipe-aging", "/seeds", "/seeds/lpwa-water-level-sensor", "/members",
                "/members/nasuno-denshi", "/events", "/events/idea-workshop-2026", "/pages/terms", "/pages/privacy",
                "/pages/accessibility")) {
            MockHttpServletResponse response = anonymous(path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String html = response.getContentAsString();
            assertThat(html).as(path).contains("<html lang=\"ja\"")
                    .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">")
                    .contains("<meta property=\"og:title\"").contains("<meta property=\"og:url\"")
                    .doesNotContain("name=\"robots\"");
        }
        assertThat(anonymous("/issues/nasushiobara-water-pipe-aging").getContentAsString())
                .contains("水道管").contains("背景").contains("現状").contains("那須塩原市").contains("提案する");
        assertThat(anonymous("/events/idea-workshop-2026").getContentAsString()).contains("2026年12月11日 13:30");
        // The demo exhibition takes applications until 60 days after the demo data was loaded (today+60).
        assertThat(anonymous("/events/welfare-dx-exhibition-2027").getContentAsString()).contains("参加を申し込む");
    }

    @Test
    void issueListFiltersByPublicStatus() throws Exception {
        String recruiting = anonymous("/issues?status=recruiting").getContentAsString();
        String matched = anonymous("/issues?status=matched").getContentAsString();
        assertThat(recruiting).contains("/issues/nasushiobara-water-pipe-aging").contains("課題一覧（募集中）");
        assertThat(matched).doesNotContain("/issues/nasushiobara-water-pipe-aging").contains("課題一覧（マッチング済）");
        List<String> matchedIssues = detailLinks(matched).stream().filter(link -> link.startsWith("/issues/")).toList();
        assertThat(matchedIssues).isNotEmpty();
        for (String issue : matchedIssues) {
            assertThat(anonymous(issue).getContentAsString()).as(issue).contains("マッチング済").doesNotContain("提案する");
        }
    }

    @Test
    void aSeedSearchForAWordOfTheDemoDataFindsTheExpectedSeedFirstWithTheWordHighlighted() throws Exception {
        String html = anonymous("/seeds?q=水位").getContentAsString();
        List<String> seeds = detailLinks(html).stream().filter(link -> link.startsWith("/seeds/")).toList();
        assertThat(seeds).first().isEqualTo("/seeds/lpwa-water-level-sensor");
        assertThat(html).contains("<mark>水位</mark>");
        String filtered = anonymous("/seeds?tag=防災").getContentAsString();
        assertThat(filtered).contains("/seeds/lpwa-water-level-sensor");
        assertThat(anonymous("/seeds?q=" + "あ".repeat(101)).getContentAsString()).contains("100文字以内");
    }

    @Test
    void unpublishedContentIsNeverShownAndAPendingRevisionStaysUnseen() throws Exception {
        // In the demo data: an unpublished article and unpublished issues.
        assertThat(anonymous("/articles/report-meeting-2027-notice").getStatus()).isEqualTo(404);
        assertThat(anonymous("/issues/oyama-small-river-water-level").getStatus()).isEqualTo(404);
        for (String path : LIST_PAGES) {
            assertThat(anonymous(path).getContentAsString()).as(path)
                    .doesNotContain("report-meeting-2027-notice").doesNotContain("oyama-small-river-water-level")
                    .doesNotContain("（下書き）");
        }

        String name = "zz-site-test-" + System.nanoTime();
        Map<String, Object> published = Map.of("title", "公開版のタイトル", "category", "news", "body", "<p>公開版</p>");
        content.create("articles", name, published, "テスト", "editor");
        publication.publish("articles", name, null, "pref");
        try {
            ContentItem item = content.get("articles", name);
            content.update("articles", name, item.version(),
                    Map.of("title", "未公開の下書きタイトル", "category", "news", "body", "<p>下書き</p>"), "下書き", "editor");
            String page = anonymous("/articles/" + name).getContentAsString();
            assertThat(page).contains("公開版のタイトル").doesNotContain("未公開の下書きタイトル");
            assertThat(anonymous("/articles").getContentAsString()).contains("公開版のタイトル")
                    .doesNotContain("未公開の下書きタイトル");
            // The editor's preview shows the draft, marked, and kept out of search engines.
            String preview = mvc.perform(get("/editor/preview/articles/" + name).param("revision", "2")
                    .with(user(accounts.loadUserByUsername("editor")))).andReturn().getResponse().getContentAsString();
            assertThat(preview).contains("未公開の下書きタイトル").contains("プレビュー（未公開）")
                    .contains("<meta name=\"robots\" content=\"noindex\">");
            // Same template as the public page: the published revision previewed equals the public body.
            String previewOfPublished = mvc.perform(get("/editor/preview/articles/" + name).param("revision", "1")
                    .with(user(accounts.loadUserByUsername("editor")))).andReturn().getResponse().getContentAsString();
            assertThat(mainOf(previewOfPublished)).isEqualTo(mainOf(page));

            publication.unpublish("articles", name, "pref");
            assertThat(anonymous("/articles/" + name).getStatus()).isEqualTo(404);
            assertThat(anonymous("/articles").getContentAsString()).doesNotContain(name);
            assertThat(anonymous("/sitemap.xml").getContentAsString()).doesNotContain(name);
        } finally {
            if (content.get("articles", name).publishedRevision() != null) {
                publication.unpublish("articles", name, "pref");
            }
            content.delete("articles", name, "editor");
        }
    }

    @Test
    void noPersonalDataOnAnyPublicPage() throws Exception {
        List<String> personal = new ArrayList<>();
        for (ContentItem issue : content.list("issues", jp.musubi.cms.content.ContentQuery.all(100)).items().stream()
                .map(summary -> content.get("issues", summary.name())).toList()) {
            for (String property : List.of("contactPerson", "contactEmail", "contactPhone")) {
                Object value = issue.properties().get(property);
                if (value != null) {
                    personal.add(String.valueOf(value));
                }
            }
        }
        for (Organization organization : organizations.findAll()) {
            for (OrganizationContact contact : organizations.contacts(organization.key())) {
                personal.add(contact.personName());
                personal.add(contact.email());
                if (contact.phone() != null) {
                    personal.add(contact.phone());
                }
            }
        }
        for (Account account : accounts.list()) {
            personal.add(account.email());
        }
        assertThat(personal).hasSizeGreaterThan(20);

        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : LIST_PAGES) {
            pages.put(path, anonymous(path).getContentAsString());
        }
        for (String html : List.copyOf(pages.values())) {
            for (String link : detailLinks(html)) {
                pages.computeIfAbsent(link, this::anonymousText);
            }
        }
        assertThat(pages.keySet()).contains("/issues/nasushiobara-water-pipe-aging", "/members/nasuno-denshi",
                "/seeds/lpwa-water-level-sensor", "/pages/privacy");
        pages.forEach((path, html) -> assertThat(html).as(path).doesNotContain(personal.toArray(String[]::new)));
    }

    @Test
    void feedsSitemapAndTheJapaneseNotFoundPage() throws Exception {
        MockHttpServletResponse atom = anonymous("/articles/feed.atom");
        assertThat(atom.getContentType()).startsWith("application/atom+xml");
        assertThat(atom.getContentAsString()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("http://localhost:8080/articles/website-open-member-recruitment");
        assertThat(anonymous("/articles/feed.rss").getContentAsString()).contains("<rss version=\"2.0\">");
        assertThat(anonymous("/sitemap.xml").getContentAsString())
                .contains("<loc>http://localhost:8080/seeds/lpwa-water-level-sensor</loc>")
                .contains("<loc>http://localhost:8080/pages/terms</loc>");
        MockHttpServletResponse missing = anonymous("/articles/no-such-article");
        assertThat(missing.getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private String anonymousText(String path) {
        try {
            MockHttpServletResponse response = anonymous(path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> detailLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = DETAIL_LINK.matcher(html);
        while (matcher.find()) {
            if (!links.contains(matcher.group(1))) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    private static String mainOf(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }
}
