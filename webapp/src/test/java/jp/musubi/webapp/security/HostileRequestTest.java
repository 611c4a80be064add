package jp.musubi.webapp.security;

import static jp.musubi.webapp.security.LoginRequests.freshAddress;
import static jp.musubi.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile input against login and redirects (security issue #22, items 4 and 9): a client-chosen
 * Host never reaches a Location header, on the real Tomcat and in MockMvc; odd login IDs are
 * answered exactly like any unknown ID.
 */
@MusubiSpringBootTest
class HostileRequestTest {

    private static final String EVIL = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(?i)set-cookie: (JSESSIONID=[^;\\r\\n]+)");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    /** A request whose Host (or forwarding headers, or absolute target) names another site. */
    record HostileRequest(String name, String requestLine, String headers, String body, String session) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<HostileRequest> hostileHosts() {
        return Stream.of(
                new HostileRequest("protected page, Host: evil", "GET /mypage HTTP/1.1", "Host: " + EVIL, null, null),
                new HostileRequest("protected page, Host with port", "GET /mypage HTTP/1.1", "Host: " + EVIL + ":8443", null, null),
                new HostileRequest("protected page, HTTP/1.0 with Host", "GET /mypage HTTP/1.0", "Host: " + EVIL, null, null),
                new HostileRequest("protected page, forwarding headers", "GET /mypage HTTP/1.1",
                        "Host: localhost\r\nX-Forwarded-Host: " + EVIL + "\r\nX-Forwarded-Proto: https\r\nForwarded: host=" + EVIL,
                        null, null),
                new HostileRequest("protected page, absolute-form target", "GET http://" + EVIL + "/mypage HTTP/1.1",
                        "Host: localhost", null, null),
                new HostileRequest("login form POST, wrong password", "POST /login HTTP/1.1", "Host: " + EVIL,
                        "username=owner&password=wrong", "login"),
                new HostileRequest("login form POST, right password after a page saved with Host: evil",
                        "POST /login HTTP/1.1", "Host: " + EVIL, "username=secretariat&password=musubi-demo", "saved"),
                new HostileRequest("logout", "POST /logout HTTP/1.1", "Host: " + EVIL, "", "login"),
                new HostileRequest("controller redirect: (form done page)", "GET /contact/done HTTP/1.1",
                        "Host: " + EVIL, null, null));
    }

    @ParameterizedTest(name = "Tomcat: {0}")
    @MethodSource("hostileHosts")
    void theEmbeddedTomcatNeverRedirectsToTheClientsHost(HostileRequest hostile) throws Exception {
        Session session = hostile.session() == null ? null : session(hostile.session());
        String body = hostile.body();
        if (session != null) {
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
        }
        String headers = hostile.headers() + (session == null ? "" : "\r\nCookie: " + session.cookie());
        String response = exchange(hostile.requestLine(), headers, body);

        if (hostile.requestLine().contains("http://")) {
            // Tomcat refuses an absolute target whose host differs from the Host header.
            assertThat(statusOf(response)).as(response).isEqualTo(400);
            return;
        }
        assertThat(statusOf(response)).as(response).isBetween(300, 399);
        assertThat(locationOf(response)).as(response).doesNotContainIgnoringCase(EVIL).startsWith("/")
                .doesNotStartWith("//");
    }

    @ParameterizedTest(name = "MockMvc: {0}")
    @MethodSource("hostileHosts")
    void theApplicationNeverRedirectsToTheClientsHost(HostileRequest hostile) throws Exception {
        MockHttpSession session = new MockHttpSession();
        if ("saved".equals(hostile.session())) {
            mvc.perform(get("/mypage").session(session).header("Host", EVIL));
        }
        String[] line = hostile.requestLine().split(" ");
        String target = line[1].replace("http://" + EVIL, "");
        var request = ("POST".equals(line[0]) ? post(target).with(csrf()) : get(target)).session(session)
                .with(r -> {
                    r.setRemoteAddr(freshAddress());
                    return r;
                });
        for (String header : hostile.headers().split("\r\n")) {
            String[] nameValue = header.split(": ", 2);
            request = request.header(nameValue[0], nameValue[1]);
        }
        if (hostile.body() != null && !hostile.body().isEmpty()) {
            for (String pair : hostile.body().split("&")) {
                String[] nameValue = pair.split("=", 2);
                request = request.param(nameValue[0], nameValue[1]);
            }
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isBetween(300, 399);
        assertThat(response.getHeader("Location")).doesNotContainIgnoringCase(EVIL).startsWith("/");
    }

    static Stream<String> hostileLoginIds() {
        return Stream.of("OWNER", "  owner  ", "ｏｗｎｅｒ", "owner\u0000", "' OR '1'='1", "<script>alert(1)</script>",
                "../../etc/passwd", "%00", "a".repeat(10_000), "", "owner\r\nX-Injected: 1", "😀".repeat(40));
    }

    /** Six attempts each (three counted, three within the back-off) read exactly like a plain unknown ID's. */
    @ParameterizedTest(name = "login ID {index}")
    @MethodSource("hostileLoginIds")
    void oddLoginIdsAreAnsweredLikeAnyUnknownId(String loginId) throws Exception {
        clock.freeze();
        try {
            List<String> plain = answers("nobody-" + UUID.randomUUID(), freshAddress());
            assertThat(answers(loginId, freshAddress())).isEqualTo(plain);
            assertThat(plain).last().asString().contains("error=throttled");
        } finally {
            clock.reset();
        }
    }

    private List<String> answers(String loginId, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            MockHttpServletResponse response = mvc.perform(login(loginId, "wrong", address)).andReturn().getResponse();
            answers.add(response.getStatus() + " " + response.getHeader("Location") + " " + response.getContentAsString());
        }
        return answers;
    }

    // --- a few lines of HTTP over a socket: java.net.http does not let a client set Host ---

    private record Session(String cookie, String csrf) {
    }

    private Session session(String kind) throws IOException {
        String page = exchange("GET /login HTTP/1.0", "Host: localhost", null);
        Matcher cookie = SESSION.matcher(page);
        Matcher csrf = CSRF.matcher(page);
        assertThat(cookie.find() && csrf.find()).as(page).isTrue();
        Session session = new Session(cookie.group(1), csrf.group(1));
        if ("saved".equals(kind)) {
            exchange("GET /mypage HTTP/1.1", "Host: " + EVIL + "\r\nCookie: " + session.cookie(), null);
        }
        return session;
    }

    private String exchange(String requestLine, String headers, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n").append(headers).append("\r\n")
                    .append("Connection: close\r\n");
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static int statusOf(String response) {
        return Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
    }

    private static String locationOf(String response) {
        Matcher location = Pattern.compile("(?im)^location: ([^\\r\\n]*)").matcher(response);
        return location.find() ? location.group(1) : "";
    }
}
