package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer carries its request id; the 稼働状況 page shows the monitoring figures in Japanese, to ADMIN only. */
@MusubiSpringBootTest
class RequestIdAndHealthPageTest {

    private static final String DEMO_PASSWORD = "musubi-demo";

    @LocalServerPort
    int port;

    @Test
    void everyAnswerHasARequestIdAndAProxysIdIsKeptWhenItLooksLikeOne() throws Exception {
        HttpVisitor visitor = new HttpVisitor(base());
        HttpResponse<String> first = visitor.get("/");
        HttpResponse<String> second = visitor.get("/");
        assertThat(first.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(first.headers().firstValue("X-Request-Id")).isNotEqualTo(second.headers().firstValue("X-Request-Id"));

        assertThat(visitor.get("/", "X-Request-Id", "lb-4f2a.77_x").headers().firstValue("X-Request-Id"))
                .hasValue("lb-4f2a.77_x");
        assertThat(visitor.get("/", "X-Request-Id", "evil id\"} injected").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(36).doesNotContain("evil"));
        assertThat(visitor.get("/no-such-page").headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void theHealthPageShowsTheFiguresInJapanese() throws Exception {
        HttpResponse<String> page = HttpVisitor.loggedIn(base(), "admin", DEMO_PASSWORD).get("/admin/health");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>稼働状況", "<h1>稼働状況</h1>", "送信待ち・送信中のメール",
                "送信に失敗したメール", "会員向けメール配信", "の未完了タスク", "検索インデックスへの反映",
                "キャッシュから応答した割合", "平均応答時間", "メモリ使用量");
        assertThat(page.body()).containsPattern("「[^」]*会員[^」]*」の未完了タスク");
    }

    @Test
    void onlyTheAdministratorOpensTheHealthPage() throws Exception {
        assertThat(new HttpVisitor(base()).get("/admin/health").statusCode()).isEqualTo(302);
        for (String user : new String[] {"secretariat", "pref", "editor", "member"}) {
            assertThat(HttpVisitor.loggedIn(base(), user, DEMO_PASSWORD).get("/admin/health").statusCode())
                    .as(user).isEqualTo(403);
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }
}
