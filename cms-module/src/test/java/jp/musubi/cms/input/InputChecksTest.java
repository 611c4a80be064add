package jp.musubi.cms.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class InputChecksTest {

    @Test
    void collectsTheFirstMessageOfEachFieldInOrder() {
        InputChecks checks = new InputChecks();
        assertThat(checks.required("name", "お名前", "  ", 10)).isNull();
        assertThat(checks.optional("note", "備考", " 𠮷野家 ", 3)).isEqualTo("𠮷野家"); // code points, not UTF-16 units
        checks.optional("title", "件名", "あいうえお", 4);
        checks.check(false, "title", "後の指摘は残らない");
        checks.choice("kind", "区分", "x", List.of("a", "b"));
        checks.singleLine("subject", "件名", "一行目\n二行目");
        checks.url("url", "ウェブサイト", "example.jp", 500);
        checks.matches("phone", "abc", Pattern.compile("[0-9-]+"), "電話番号は半角数字とハイフンで入力してください。");

        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InputRefused.class, refused -> {
            assertThat(refused.errors()).containsExactly(
                    Map.entry("name", "お名前を入力してください。"),
                    Map.entry("title", "件名は4文字以内で入力してください。"),
                    Map.entry("kind", "区分は一覧から選んでください。"),
                    Map.entry("subject", "件名は1行で入力してください。"),
                    Map.entry("url", "ウェブサイトは http:// または https:// で始まるアドレスを入力してください。"),
                    Map.entry("phone", "電話番号は半角数字とハイフンで入力してください。"));
            assertThat(refused.generalMessage()).isEmpty();
        });
    }

    @Test
    void largeLimitsAreWrittenWithoutGrouping() {
        InputChecks checks = new InputChecks();
        checks.optional("body", "内容", "あ".repeat(4001), 4000);
        assertThat(checks.errors()).containsEntry("body", "内容は4000文字以内で入力してください。");
    }

    @Test
    void mailAddressIsRequiredAndDeliverable() {
        InputChecks checks = new InputChecks();
        checks.email("missing", null);
        checks.email("fullWidth", "ｉｎｆｏ@example.jp");
        assertThat(checks.email("ok", " info@example.jp ")).isEqualTo("info@example.jp");
        assertThat(checks.errors()).containsOnlyKeys("missing", "fullWidth")
                .containsEntry("missing", "メールアドレスを入力してください。");
    }

    @Test
    void nothingWrongThrowsNothing() {
        InputChecks checks = new InputChecks();
        checks.required("name", "お名前", "山田", 10);
        checks.throwIfAny();
        assertThat(checks.errors()).isEmpty();
        assertThat(InputRefused.general("もう一度お試しください。").errors()).containsEntry(InputRefused.GENERAL, "もう一度お試しください。");
    }
}
