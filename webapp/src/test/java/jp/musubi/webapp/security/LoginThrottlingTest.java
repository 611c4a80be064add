package jp.musubi.webapp.security;

import static jp.musubi.webapp.security.LoginRequests.freshAddress;
import static jp.musubi.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed logins slow down, never lock out (security issue #22, item 4): the answers never tell
 * an existing ID from an unknown one, and another client's failures do not keep the owner out.
 * Time moves only with the frozen test clock.
 */
@MusubiSpringBootTest
class LoginThrottlingTest {

    private static final String PASSWORD = "correct-password-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void freezeTime() {
        clock.freeze();
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} wrong passwords")
    @ValueSource(ints = {6, 20})
    void existingUnknownAndDisabledIdsGetByteIdenticalAnswers(int attempts) throws Exception {
        String existing = newAccount();
        String disabled = newAccount();
        repository.setEnabled(disabled, false);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        List<Answer> forExisting = wrongPasswords(existing, attempts);
        List<Answer> forUnknown = wrongPasswords(unknown, attempts);
        List<Answer> forDisabled = wrongPasswords(disabled, attempts);

        assertThat(forUnknown).isEqualTo(forExisting);
        assertThat(forDisabled).isEqualTo(forExisting);
        assertThat(forExisting.subList(0, 3)).extracting(Answer::location).containsOnly("/login?error=badCredentials");
        assertThat(forExisting.subList(3, attempts)).extracting(Answer::location).containsOnly("/login?error=throttled");
        assertThat(forExisting.get(attempts - 1).page()).contains("ログインIDまたはパスワードが正しくないか")
                .contains("しばらく待ってから");
    }

    @Test
    void anotherClientLogsInWithTheRightPasswordWhileTheAttackerIsHeldBack() throws Exception {
        String owner = newAccount();
        String attacker = freshAddress();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(5));  // every guess after the attacker's own back-off, so each counts
            mvc.perform(login(owner, "guess-" + i, attacker)).andExpect(redirectedUrl("/login?error=badCredentials"));
        }

        // The login ID's own back-off, from every client, is a few seconds at most.
        String ownersAddress = freshAddress();
        clock.advance(Duration.ofSeconds(10));
        mvc.perform(login(owner, PASSWORD, ownersAddress))
                .andExpect(authenticated().withUsername(owner))
                .andExpect(redirectedUrl("/mypage"));
        mvc.perform(login(owner, "guess-21", attacker)).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void theBackoffGrowsAndThenExpiresWithTheClock() throws Exception {
        String username = newAccount();
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(login(username, "wrong", address)).andExpect(redirectedUrl("/login?error=badCredentials"));
        }
        mvc.perform(login(username, "wrong", address)).andExpect(redirectedUrl("/login?error=throttled"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(login(username, "wrong", address)).andExpect(redirectedUrl("/login?error=badCredentials"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(login(username, PASSWORD, address)).andExpect(redirectedUrl("/login?error=throttled"))
                .andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(login(username, PASSWORD, address)).andExpect(authenticated().withUsername(username));

        // The successful login ended the back-off: it starts over at one second.
        for (int i = 0; i < 3; i++) {
            mvc.perform(login(username, "wrong", address)).andExpect(redirectedUrl("/login?error=badCredentials"));
        }
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(login(username, PASSWORD, address)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void theRightPasswordWithinTheBackoffIsRefusedExactlyLikeAWrongOne() throws Exception {
        String username = newAccount();
        String address = freshAddress();
        wrongPasswords(username, 3, address);

        Answer right = answer(login(username, PASSWORD, address));
        Answer wrong = answer(login(username, "wrong", address));

        assertThat(right).isEqualTo(wrong);
        assertThat(right.location()).isEqualTo("/login?error=throttled");
        mvc.perform(login(username, PASSWORD, address)).andExpect(unauthenticated());
    }

    @Test
    void theAdministratorLiftsTheRestriction() throws Exception {
        String username = newAccount();
        String address = freshAddress();
        wrongPasswords(username, 3, address);

        String admin = mvc.perform(get("/admin").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("ログイン制限中").contains(username + " のログイン制限を解除");

        mvc.perform(post("/admin/accounts/{u}/unlock", username).with(csrf())
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(login(username, PASSWORD, address)).andExpect(authenticated().withUsername(username));
    }

    private String newAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "制限 試験", null, PASSWORD, Set.of(Role.MEMBER), null, null));
        return username;
    }

    private List<Answer> wrongPasswords(String username, int attempts) throws Exception {
        return wrongPasswords(username, attempts, freshAddress());
    }

    private List<Answer> wrongPasswords(String username, int attempts, String address) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(answer(login(username, "wrong-" + i, address)));
        }
        return answers;
    }

    /** Status, Location and the page it leads to, byte for byte but for the per-request CSRF token. */
    private Answer answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String location = response.getHeader("Location");
        String page = location == null ? "" : mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
        return new Answer(response.getStatus(), location, response.getContentAsString(),
                page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\""));
    }

    record Answer(int status, String location, String body, String page) {
    }
}
