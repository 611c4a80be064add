package jp.musubi.cms.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    @Test
    void paragraphsHeadingsAndListsBecomeReadablePlainText() {
        String html = """
                <p>栃木県では、令和8年度から&nbsp;「DX推進プラットフォーム」を運営しています。</p>
                <h2>会員の募集</h2>
                <ul>
                  <li>対象：企業・大学</li>
                  <li>会費：無料</li>
                </ul>
                <ol><li>申し込む</li><li>審査を受ける</li></ol>
                <p>詳しくは<a href="https://dx.example.jp/articles/x">こちら</a>をご覧ください。<br>お待ちしています。</p>
                """;

        assertThat(HtmlToText.convert(html)).isEqualTo("""
                栃木県では、令和8年度から\u00a0「DX推進プラットフォーム」を運営しています。

                ■ 会員の募集

                ・対象：企業・大学
                ・会費：無料

                1. 申し込む
                2. 審査を受ける

                詳しくはこちら（https://dx.example.jp/articles/x）をご覧ください。
                お待ちしています。""");
    }

    @Test
    void entitiesAreDecodedAndScriptsNeverShow() {
        assertThat(HtmlToText.convert("<p>A &amp; B &lt;C&gt;</p><script>alert(1)</script>"))
                .isEqualTo("A & B <C>").doesNotContain("alert");
    }

    @Test
    void aLinkWhoseTextIsItsAddressIsNotRepeated() {
        assertThat(HtmlToText.convert("<p><a href=\"https://example.jp\">https://example.jp</a></p>")).isEqualTo("https://example.jp");
    }

    /** TipTap wraps every list item's text in a paragraph: the bullet stays on the item's line. */
    @Test
    void bulletsStayOnTheLineOfTheirItemWhenItemsHoldParagraphs() {
        String html = "<p>概要</p><ul><li><p>対象：企業・大学</p></li><li><p>会費：無料</p>"
                + "<ul><li><p>入会金なし</p></li></ul></li></ul><ol><li><p>申し込む</p></li><li><p>審査を受ける</p></li></ol><p>以上</p>";

        assertThat(HtmlToText.convert(html)).isEqualTo("""
                概要

                ・対象：企業・大学
                ・会費：無料
                  ・入会金なし

                1. 申し込む
                2. 審査を受ける

                以上""");
    }
}
