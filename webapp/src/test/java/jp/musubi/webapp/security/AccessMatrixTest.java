package jp.musubi.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Checks every cell of docs/access-matrix.md against the running application's security. */
@MusubiSpringBootTest
class AccessMatrixTest {

    private static final Path MATRIX = Path.of("..", "docs", "access-matrix.md");
    /** Column order of the table after Route and Method; the demo account that holds each role. */
    private static final List<String> COLUMNS = List.of("anonymous", "pref", "secretariat", "municipal",
            "member", "editor", "owner", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    static Stream<Arguments> cells() throws IOException {
        List<Arguments> cells = new ArrayList<>();
        for (String line : Files.readAllLines(MATRIX)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] parts = line.split("\\|");
            String route = parts[1].trim().replace("`", "");
            String method = parts[2].trim();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = parts[3 + i].trim();
                assertThat(cell).as("cell of %s %s", method, route).isIn("✅", "❌");
                cells.add(Arguments.of(method, route, COLUMNS.get(i), cell.equals("✅")));
            }
        }
        assertThat(cells).as("rows read from %s", MATRIX).hasSizeGreaterThan(50);
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} → allowed={3}")
    @MethodSource("cells")
    void securityFollowsTheMatrix(String method, String route, String who, boolean allowed) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), route).with(csrf());
        if (!who.equals("anonymous")) {
            request = request.with(user(accounts.loadUserByUsername(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        boolean sentToLogin = response.getStatus() == 302
                && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
        boolean refused = response.getStatus() == 401 || response.getStatus() == 403 || sentToLogin;

        assertThat(refused).as("%s %s as %s: status %d, redirect %s", method, route, who,
                response.getStatus(), response.getRedirectedUrl()).isEqualTo(!allowed);
        if (!allowed) {
            boolean expectedRefusal = who.equals("anonymous")
                    ? sentToLogin || (route.startsWith("/api/") && response.getStatus() == 401)
                    : response.getStatus() == 403;
            assertThat(expectedRefusal)
                    .as("refusal of %s %s as %s", method, route, who).isTrue();
        }
    }
}
