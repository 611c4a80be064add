package jp.musubi.webapp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.webapp.event.EventFixtures;
import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.KumamotoSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product started as Kumamoto's consortium (profile {@code kumamoto} after {@code test}, whose feature list
 * wins): its name and wording, its features only. Through the real container, since a disabled feature's
 * 404 page is rendered by the error dispatch that MockMvc skips.
 */
@KumamotoSpringBootTest
class KumamotoProfileTest {

    private static final String DEMO_PASSWORD = "musubi-demo";
    private static final String NAME = "くまもとDX推進コンソーシアム";
    /** 「市町」 as Tochigi says it; Kumamoto says 市町村. */
    private static final Pattern TOCHIGI_TERM = Pattern.compile("市町(?!村)");
    private static final Pattern BRAND_STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/brand\\.css\\?v=[0-9a-f]{12})\">");
    private static final Pattern SECTIONS = Pattern.compile("(?s)<section.*?</section>");
    private static final List<String> MISSING_FEATURE_PAGES = List.of("/municipal", "/municipal/issues", "/issues",
            "/issues/any-issue", "/admin/issue-rounds", "/propose", "/member/proposals/new");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventFixtures events;

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    @Test
    void theTopPageIsTheConsortiumsWithoutIssueMatching() throws Exception {
        HttpResponse<String> home = new HttpVisitor(base()).get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(NAME).contains("熊本県")
                .doesNotContain("href=\"/issues").doesNotContain("提案募集中の課題")
                .contains("href=\"/consultation\"");
        // The programme's own texts: header, introduction, footer. The news and events lists show the demo
        // content, which is the demo data's business (KumamotoDemoDataTest).
        String programmeTexts = SECTIONS.matcher(home.body()).replaceAll("");
        assertThat(programmeTexts).doesNotContain("栃木").doesNotContain("とちぎ");
        assertThat(TOCHIGI_TERM.matcher(programmeTexts).find()).as("「市町」 on the top page").isFalse();
    }

    @Test
    void theHeaderShowsKumamotosLogoAndThePageTakesItsColours() throws Exception {
        HttpVisitor anonymous = new HttpVisitor(base());
        String home = anonymous.get("/").body();

        assertThat(home).contains("<img class=\"site-logo\" src=\"/assets/brand/kumamoto-logo.svg\" alt=\"" + NAME + "\">");
        Matcher link = BRAND_STYLESHEET.matcher(home);
        assertThat(link.find()).as("the brand stylesheet's link").isTrue();

        HttpResponse<String> stylesheet = anonymous.get(link.group(1));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
        assertThat(stylesheet.body()).contains("--brand:#b3001b").contains("--brand-dark:#7a0012")
                .contains("--on-brand:#ffffff").contains("--link:#a3001a");

        HttpResponse<String> logo = anonymous.get("/assets/brand/kumamoto-logo.svg");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.body()).contains("<title id=\"title\">" + NAME + "</title>");
    }

    @Test
    void theRoutesOfTheFeaturesKumamotoHasNotAnswerTheJapanese404ForEveryone() throws Exception {
        HttpVisitor anonymous = new HttpVisitor(base());
        HttpVisitor pref = HttpVisitor.loggedIn(base(), "pref", DEMO_PASSWORD);
        HttpVisitor secretariat = HttpVisitor.loggedIn(base(), "secretariat", DEMO_PASSWORD);
        for (String path : MISSING_FEATURE_PAGES) {
            for (HttpVisitor visitor : List.of(anonymous, pref, secretariat)) {
                HttpResponse<String> page = visitor.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(404);
                assertThat(page.body()).as(path).contains("ページが見つかりません");
            }
        }
    }

    @Test
    void kumamotosFeaturesAnswer() throws Exception {
        HttpResponse<String> consultation = new HttpVisitor(base()).get("/consultation");
        assertThat(consultation.statusCode()).isEqualTo(200);
        assertThat(consultation.body()).contains("DX相談").contains("市町村").contains("096-");
        assertThat(TOCHIGI_TERM.matcher(consultation.body()).find()).as("「市町」 on /consultation").isFalse();

        HttpVisitor secretariat = HttpVisitor.loggedIn(base(), "secretariat", DEMO_PASSWORD);
        assertThat(secretariat.get("/admin/exhibitions").statusCode()).isEqualTo(200);
        assertThat(secretariat.get("/admin/consultations").statusCode()).isEqualTo(200);
        assertThat(secretariat.get("/admin/surveys").statusCode()).isEqualTo(200);
        assertThat(new HttpVisitor(base()).get("/talents").statusCode()).isEqualTo(200);
    }

    @Test
    void theHeaderAndTheSitemapLeaveOutWhatKumamotoHasNot() throws Exception {
        HttpVisitor pref = HttpVisitor.loggedIn(base(), "pref", DEMO_PASSWORD);
        HttpResponse<String> mypage = pref.get("/mypage");
        assertThat(mypage.statusCode()).isEqualTo(200);
        assertThat(mypage.body()).doesNotContain("href=\"/issues").doesNotContain("href=\"/admin/issue-rounds")
                .doesNotContain("href=\"/municipal");

        HttpResponse<String> sitemap = new HttpVisitor(base()).get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("/talents").doesNotContain("/issues");
    }

    @Test
    void theProgrammePageShowsKumamotosTargetsOnly() throws Exception {
        HttpResponse<String> program = HttpVisitor.loggedIn(base(), "pref", DEMO_PASSWORD).get("/admin/program");

        assertThat(program.statusCode()).isEqualTo(200);
        assertThat(program.body()).contains(NAME).contains("展示会の開催").contains("機運醸成調査の回答率")
                .doesNotContain("掲載する課題の件数").doesNotContain("キックオフイベント");
        assertThat(TOCHIGI_TERM.matcher(program.body()).find()).as("「市町」 on /admin/program").isFalse();
    }

    @Test
    void theMembershipFormSpeaksOfKumamoto() throws Exception {
        HttpResponse<String> join = new HttpVisitor(base()).get("/join");

        assertThat(join.statusCode()).isEqualTo(200);
        assertThat(join.body()).contains("所在地の市町村名").contains("例：熊本市").contains("例：096-")
                .doesNotContain("宇都宮").doesNotContain("028-");
        assertThat(TOCHIGI_TERM.matcher(join.body()).find()).as("「市町」 on /join").isFalse();
    }

    @Test
    void theLoginPageSaysMunicipalitiesAsKumamotoDoes() throws Exception {
        HttpResponse<String> login = new HttpVisitor(base()).get("/login");

        assertThat(login.body()).contains("県・市町村の職員");
        assertThat(TOCHIGI_TERM.matcher(login.body()).find()).as("「市町」 on /login").isFalse();
    }

    @Test
    void theFooterLinksTheConsortiumsRulesAmongItsPages() throws Exception {
        HttpVisitor visitor = new HttpVisitor(base());
        String footer = visitor.get("/").body().replaceAll("(?s).*<footer", "<footer");

        assertThat(footer).containsSubsequence("href=\"/pages/terms\">利用規約", "href=\"/pages/bylaws\">コンソーシアム会則",
                "href=\"/pages/privacy\">プライバシーポリシー", "href=\"/pages/accessibility\">アクセシビリティ方針");
        HttpResponse<String> bylaws = visitor.get("/pages/bylaws");
        assertThat(bylaws.statusCode()).isEqualTo(200);
        assertThat(bylaws.body()).contains("<h1").contains("コンソーシアム会則").contains("くまもとDX推進コンソーシアムと称します");
    }

    @Test
    void theFooterAndTheMailsGiveTheDesksPhoneMailAndHours() throws Exception {
        String footer = new HttpVisitor(base()).get("/").body().replaceAll("(?s).*<footer", "<footer");

        assertThat(footer).contains("事務局へのお問い合わせ").contains("href=\"tel:096-000-1234\"")
                .contains("href=\"mailto:desk@kumamoto-dx.example.jp\"").contains("（平日 9:00〜17:00）");
        // The demo survey's invitations, rendered when the demo data loaded.
        String invitation = jdbc.sql("SELECT text_body FROM mail_outbox WHERE kind = 'survey-invitation' ORDER BY id")
                .query(String.class).list().get(0);
        assertThat(invitation)
                .contains("事務局へのお問い合わせ：電話 096-000-1234　メール desk@kumamoto-dx.example.jp（平日 9:00〜17:00）");
    }

    @Test
    void theEditorOffersTheConsortiumsKindsOfEventOnly() throws Exception {
        HttpResponse<String> event = HttpVisitor.loggedIn(base(), "editor", DEMO_PASSWORD).get("/editor/new/events");

        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(event.body()).contains(">オープンイベント<").contains(">セミナー<").contains(">展示会<")
                .doesNotContain(">キックオフ<").doesNotContain(">ワークショップ<");
    }

    @Test
    void aKindOfEventTheConsortiumDoesNotHoldIsRefusedInJapanese() {
        assertThatThrownBy(() -> events.event("キックオフの登録 " + System.nanoTime(), "kickoff", 10, 14, null, true))
                .isInstanceOf(ContentValidationException.class)
                .satisfies(refused -> assertThat(((ContentValidationException) refused).violations())
                        .anySatisfy(violation -> assertThat(violation.message()).contains("種別").contains("オープンイベント")
                                .doesNotContain("キックオフ")));
    }
}
