package jp.musubi.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static jp.musubi.webapp.security.LoginRequests.freshAddress;
import static jp.musubi.webapp.security.LoginRequests.login;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@MusubiSpringBootTest
class LoginTest {

    private static final String SESSION_COOKIE = "JSESSIONID";

    private static final String DEMO_PASSWORD = "musubi-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @ParameterizedTest(name = "{0} logs in as {1}")
    @CsvSource({"pref,PREF_STAFF", "secretariat,SECRETARIAT", "municipal,MUNICIPAL_STAFF", "member,MEMBER",
            "editor,EDITOR", "owner,PROCESS_OWNER", "admin,ADMIN"})
    void everyDemoAccountLogsInWithItsRole(String username, String role) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles(role))
                .andExpect(redirectedUrl("/mypage"));
    }

    @Test
    void wrongPasswordIsRefusedWithAJapaneseMessage() throws Exception {
        mvc.perform(login("editor", "wrong-password", freshAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=badCredentials"));

        mvc.perform(get("/login").param("error", "badCredentials"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "ログインIDまたはパスワードが正しくありません。")));
    }

    @Test
    void unknownUserReadsTheSameAsAWrongPassword() throws Exception {
        mvc.perform(login("nobody-" + UUID.randomUUID(), "x", freshAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=badCredentials"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/mypage")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDisabledAccountIsToldOnlyToTheRightPassword() throws Exception {
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "停止 試験", null, "correct-password-3", Set.of(Role.MEMBER),
                null, null));
        repository.setEnabled(username, false);

        String address = freshAddress();
        mvc.perform(login(username, "wrong", address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=badCredentials"));
        mvc.perform(login(username, "correct-password-3", address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        // Sessions live in the database (spring-session-jdbc): the visitor holds only the cookie.
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(before).as("the login page starts a session for its CSRF token").isNotNull();
        MvcResult login = mvc.perform(post("/login").cookie(before)
                        .with(csrf())
                        .param("username", "secretariat").param("password", DEMO_PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        Cookie after = login.getResponse().getCookie(SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("member").password(DEMO_PASSWORD)).andReturn();
        Cookie session = login.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).isNotNull();
        mvc.perform(get("/mypage").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/mypage").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("ログアウトしました。")));
    }
}
