package jp.musubi.workflow.staffaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkflowSpringBootTest
class StaffAccountsTest {

    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> SECRETARIAT = Set.of("SECRETARIAT");

    @Autowired
    StaffAccountAdmin staff;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentService content;
    @Autowired
    JdbcClient jdbc;

    private String n;

    @BeforeEach
    void setUp() {
        n = UUID.randomUUID().toString().substring(0, 8);
        if (content.find("municipalities", "kanuma").isEmpty()) {
            content.create("municipalities", "kanuma", Map.of("title", "鹿沼市", "code", "092053"), null, "test");
        }
    }

    @Test
    void aNewMunicipalAccountIsDisabledUntilItsHolderUsesTheMailedActivationLink() {
        String username = staff.create(new StaffAccountInput("kanuma-" + n, "鹿沼 市子", "kanuma-" + n + "@city.example.jp",
                "MUNICIPAL_STAFF", "kanuma"), SECRETARIAT);

        Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.municipality()).isEqualTo("kanuma");
        assertThat(account.roles()).containsExactly(Role.MUNICIPAL_STAFF);
        String body = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'staff-account-activation'")
                .param("kanuma-" + n + "@city.example.jp").query(String.class).single();
        assertThat(body).contains("ログインID：" + username).contains("/account/activate?token=");
    }

    @Test
    void theSecretariatManagesMunicipalAccountsOnlyAndTheAdministratorEveryRole() {
        assertThatThrownBy(() -> staff.create(new StaffAccountInput("ed-" + n, "編集 太郎", "ed-" + n + "@example.jp", "EDITOR", null),
                SECRETARIAT))
                .isInstanceOfSatisfying(InputRefused.class, e ->
                        assertThat(e.errors().get("role")).isEqualTo("事務局が発行できるのは、県・市町 担当課のアカウントだけです。"));
        assertThat(accounts.findByUsername("ed-" + n)).isEmpty();
        assertThat(staff.manageable(SECRETARIAT)).allSatisfy(a -> assertThat(a.roles()).containsExactly(Role.MUNICIPAL_STAFF));
        assertThatThrownBy(() -> staff.disable("pref", "sec", SECRETARIAT)).isInstanceOf(InputRefused.class);
        assertThat(accounts.findByUsername("pref").orElseThrow().enabled()).isTrue();

        staff.create(new StaffAccountInput("ed-" + n, "編集 太郎", "ed-" + n + "@example.jp", "EDITOR", null), ADMIN);
        staff.enable("ed-" + n, ADMIN);
        assertThat(accounts.findByUsername("ed-" + n).orElseThrow().enabled()).isTrue();
        staff.disable("ed-" + n, "admin", ADMIN);
        assertThat(accounts.findByUsername("ed-" + n).orElseThrow().enabled()).isFalse();
        assertThatThrownBy(() -> staff.disable("ed-" + n, "ed-" + n, ADMIN)).isInstanceOf(InputRefused.class);
    }

    @Test
    void badInputIsRefusedInJapaneseAndNoAccountIsCreated() {
        long before = jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
        assertThatThrownBy(() -> staff.create(new StaffAccountInput("x", "氏名", "bad", "MUNICIPAL_STAFF", "no-such-city"), ADMIN))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.errors()).containsKeys("username", "email", "municipality");
                    assertThat(e.errors().get("municipality")).isEqualTo("選んだ市町が見つかりません。一覧から選び直してください。");
                });
        assertThatThrownBy(() -> staff.create(new StaffAccountInput("sec", "長".repeat(101), "a@example.jp", "PREF_STAFF", "kanuma"), ADMIN))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.errors().get("username")).isEqualTo("このログインIDはすでに使われています。別のIDにしてください。");
                    assertThat(e.errors().get("displayName")).contains("100");
                    assertThat(e.errors()).containsKey("municipality");
                });
        assertThatThrownBy(() -> staff.create(new StaffAccountInput("city-" + n, "氏名", "c@example.jp", "MUNICIPAL_STAFF", null), ADMIN))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("municipality"))
                        .isEqualTo("県・市町 担当課のアカウントには、市町を選んでください。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isEqualTo(before);
    }
}
