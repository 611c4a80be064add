package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import jp.musubi.webapp.support.HttpVisitor;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating proxy on the same machine: a request the proxy marks {@code X-Forwarded-Proto:
 * https} gets HSTS and a Secure session cookie; plain HTTP gets neither (HSTS over HTTP is meaningless and a
 * Secure cookie would not come back).
 */
@MusubiSpringBootTest
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestThatCameInOverHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> https = visitor().get("/login", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.7");

        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        assertThat(https.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void plainHttpGetsNeither() throws Exception {
        HttpResponse<String> http = visitor().get("/login");

        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
    }

    private HttpVisitor visitor() {
        return new HttpVisitor(URI.create("http://127.0.0.1:" + port));
    }
}
