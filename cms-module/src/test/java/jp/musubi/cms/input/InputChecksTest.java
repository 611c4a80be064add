package jp.musubi.cms.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class InputChecksTest {

    /** Tochigi's example in the message (musubi.site.phone-example). */
    private static final String EXAMPLE = "028-123-4567";

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
    void japanesePhoneNumbersTakeDigitsHyphensAndPlus81() {
        InputChecks checks = new InputChecks();
        assertThat(checks.phone("fixed", "電話番号", " 028-123-4567 ", EXAMPLE)).isEqualTo("028-123-4567");
        assertThat(checks.phone("mobile", "電話番号", "09012345678", EXAMPLE)).isEqualTo("09012345678");
        assertThat(checks.phone("free", "電話番号", "0120-123-456", EXAMPLE)).isEqualTo("0120-123-456");
        assertThat(checks.phone("international", "電話番号", "+81-28-123-4567", EXAMPLE)).isEqualTo("+81-28-123-4567");
        assertThat(checks.phone("fullWidth", "電話番号", "０２８－１２３－４５６７", EXAMPLE)).isEqualTo("028-123-4567");
        assertThat(checks.phone("absent", "電話番号", " ", EXAMPLE)).isNull();
        assertThat(checks.errors()).isEmpty();

        checks.phone("letters", "電話番号", "abc", EXAMPLE);
        checks.phone("mixed", "電話番号", "028-abc-4567", EXAMPLE);
        checks.phone("short", "電話番号", "123-456", EXAMPLE);
        checks.phone("noZero", "電話番号", "2812345678", EXAMPLE);
        checks.phone("doubleHyphen", "電話番号", "028--123-4567", EXAMPLE);
        checks.phone("plus81Zero", "電話番号", "+81-028-123-4567", EXAMPLE);
        checks.phone("otherCountry", "電話番号", "+1-202-555-0100", EXAMPLE);
        checks.phone("brackets", "電話番号", "(028)123-4567", EXAMPLE);
        checks.phone("kumamoto", "電話番号", "096-abc", "096-000-0000");
        assertThat(checks.errors()).containsEntry("kumamoto",
                "電話番号は半角数字とハイフンで入力してください（例：096-000-0000、+81-96-000-0000）。");
        assertThat(checks.errors()).containsOnlyKeys("letters", "mixed", "short", "noZero", "doubleHyphen", "plus81Zero",
                "otherCountry", "brackets", "kumamoto").containsEntry("letters",
                "電話番号は半角数字とハイフンで入力してください（例：028-123-4567、+81-28-123-4567）。");
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
