package jp.musubi.webapp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.KumamotoSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens Kumamoto has that name its local governments say 市町村, not Tochigi's 市町: roles, staff accounts, the
 * member profile, phone number messages. The same annotations as {@link KumamotoProfileTest}, so the context is shared.
 */
@KumamotoSpringBootTest
class KumamotoWordingTest {

    private static final String DEMO_PASSWORD = "musubi-demo";
    /** 「市町」 as Tochigi says it; Kumamoto says 市町村. */
    private static final Pattern TOCHIGI_TERM = Pattern.compile("市町(?!村)");

    @LocalServerPort
    int port;

    private URI base() {
        return URI.create("http://localhost:" + port);
    }

    @Test
    void theAdministratorsAccountScreensSayMunicipalitiesAsKumamotoDoes() throws Exception {
        HttpVisitor admin = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD);
        for (String path : new String[] {"/admin", "/admin/accounts", "/admin/accounts/municipal/roles"}) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("県・市町村 担当課");
            assertTochigiTermAbsent(page.body(), path);
        }
        assertThat(admin.get("/admin/accounts").body()).contains("<th scope=\"col\">市町村</th>")
                .contains("市町村（県・市町村 担当課のみ）");
    }

    @Test
    void theSecretariatIssuesMunicipalAccountsInKumamotosWords() throws Exception {
        HttpVisitor secretariat = HttpVisitor.loggedIn(base(), "secretariat", DEMO_PASSWORD);
        HttpResponse<String> page = secretariat.get("/admin/accounts");
        assertThat(page.body()).contains("県・市町村 担当課のアカウントを発行・利用停止・再開できます。");
        assertTochigiTermAbsent(page.body(), "/admin/accounts");

        HttpResponse<String> refused = secretariat.submit("/admin/accounts", "/admin/accounts", Map.of(
                "username", "kumamoto-wording-check", "displayName", "確認 花子", "email", "hanako@city.example.jp",
                "role", "MUNICIPAL_STAFF", "municipality", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("県・市町村 担当課のアカウントには、市町村を選んでください。");
        assertTochigiTermAbsent(refused.body(), "the refused account");
    }

    @Test
    void aMunicipalUsersMyPageNamesItsRoleAsKumamotoDoes() throws Exception {
        HttpResponse<String> mypage = HttpVisitor.loggedIn(base(), "municipal", DEMO_PASSWORD).get("/mypage");

        assertThat(mypage.statusCode()).isEqualTo(200);
        assertThat(mypage.body()).contains("県・市町村 担当課");
        assertTochigiTermAbsent(mypage.body(), "/mypage");
    }

    @Test
    void theMemberProfileAsksForTheCityAsKumamotoDoes() throws Exception {
        HttpVisitor member = HttpVisitor.loggedIn(base(), "member", DEMO_PASSWORD);
        HttpResponse<String> profile = member.get("/member/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("所在地の市町村名");
        assertTochigiTermAbsent(profile.body(), "/member/profile");

        HttpResponse<String> refused = member.submit("/member/profile", "/member/profile", Map.of(
                "summary", "確認用の概要です。", "description", "", "fields", "", "city", "熊".repeat(81), "url", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("所在地（市町村名）は80文字以内で入力してください。");
        assertTochigiTermAbsent(refused.body(), "the refused profile");
    }

    @Test
    void theEditorsFieldsSayMunicipalitiesAsKumamotoDoes() throws Exception {
        HttpVisitor editor = HttpVisitor.loggedIn(base(), "editor", DEMO_PASSWORD);
        HttpResponse<String> member = editor.get("/editor/new/members");
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains("所在地（市町村名）");
        assertTochigiTermAbsent(member.body(), "/editor/new/members");

        HttpResponse<String> municipality = editor.get("/editor/new/municipalities");
        assertThat(municipality.statusCode()).isEqualTo(200);
        assertThat(municipality.body()).contains("市町村名");
        assertTochigiTermAbsent(municipality.body(), "/editor/new/municipalities");
    }

    @Test
    void aWrongPhoneNumberIsExplainedWithKumamotosAreaCode() throws Exception {
        HttpResponse<String> join = new HttpVisitor(base()).submit("/join", "/join/confirm", Map.of("contactPhone", "abc"));

        assertThat(join.statusCode()).isEqualTo(400);
        assertThat(join.body()).contains("（例：096-000-0000、+81-96-000-0000）").doesNotContain("028-");
    }

    private static void assertTochigiTermAbsent(String body, String where) {
        assertThat(TOCHIGI_TERM.matcher(body).find()).as("「市町」 on %s", where).isFalse();
    }
}
