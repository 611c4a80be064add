package jp.musubi.cms.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextSanitizerTest {

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();

    @Test
    void scriptElementsAreRemovedWithTheirContent() {
        String clean = sanitizer.sanitize("<p>課題の概要</p><script>alert('x')</script><SCRIPT src=//evil.example/x.js></SCRIPT>");

        assertThat(clean).isEqualTo("<p>課題の概要</p>");
    }

    @Test
    void eventHandlersAndStylesAreRemoved() {
        String clean = sanitizer.sanitize("<p onclick=\"steal()\" style=\"color:red\">本文</p>"
                + "<img src=\"/dam/0b7e6c1e-2f6a-4c55-9d2a-3f1e1a2b3c4d/photo.png\" onerror=\"alert(1)\" alt=\"写真\">");

        assertThat(clean).doesNotContain("onclick", "onerror", "style", "steal", "alert")
                .contains("<p>本文</p>")
                .contains("<img src=\"/dam/0b7e6c1e-2f6a-4c55-9d2a-3f1e1a2b3c4d/photo.png\" alt=\"写真\" />");
    }

    @Test
    void javascriptLinksLoseTheirHrefAndSafeLinksGetNoopener() {
        String clean = sanitizer.sanitize("<p><a href=\"javascript:alert(1)\">危険</a> "
                + "<a href=\"JaVaScRiPt:alert(1)\">危険2</a> "
                + "<a href=\"https://www.pref.tochigi.lg.jp/\">県のサイト</a> "
                + "<a href=\"mailto:info@example.jp\">メール</a></p>");

        assertThat(clean).doesNotContainIgnoringCase("javascript")
                .contains("危険", "危険2")
                .contains("<a href=\"https://www.pref.tochigi.lg.jp/\" rel=\"noopener noreferrer\">県のサイト</a>")
                .contains("href=\"mailto:info&#64;example.jp\" rel=\"noopener noreferrer\"");
        assertThat(sanitizer.sanitize(clean)).as("sanitizing again changes nothing (restore re-sanitizes)")
                .isEqualTo(clean);
    }

    @Test
    void anchorsWithoutALinkAreDroppedAndAuthorRelIsReplaced() {
        assertThat(sanitizer.sanitize("<p><a name=\"x\">目印</a> <a href=\"/issues/x\" rel=\"opener\">課題</a></p>"))
                .isEqualTo("<p>目印 <a href=\"/issues/x\" rel=\"noopener noreferrer\">課題</a></p>");
    }

    @Test
    void imagesOnlyFromTheAssetStore() {
        assertThat(sanitizer.sanitize("<img src=\"https://evil.example/track.png\" alt=\"追跡\">")).isEmpty();
        assertThat(sanitizer.sanitize("<img src=\"/dam/../api/cms/items/articles\" alt=\"x\">")).isEmpty();
        assertThat(sanitizer.sanitize("<img src=\"data:image/png;base64,AAAA\">")).isEmpty();
        assertThat(sanitizer.sanitize("<img src=\"/dam/0b7e6c1e-2f6a-4c55-9d2a-3f1e1a2b3c4d\" width=\"640\" height=\"100%\">"))
                .isEqualTo("<img src=\"/dam/0b7e6c1e-2f6a-4c55-9d2a-3f1e1a2b3c4d\" width=\"640\" />");
    }

    @Test
    void theArticleVocabularySurvives() {
        String html = "<h2>見出し</h2><h3>小見出し</h3><h4>項</h4><p>本文<br />改行 <strong>強調</strong> <em>斜体</em>"
                + " <b>太字</b> <i>i</i> <u>下線</u> <s>取消</s></p><ul><li>一</li></ul><ol><li>二</li></ol>"
                + "<blockquote>引用</blockquote>"
                + "<table><caption>表</caption><thead><tr><th scope=\"col\">列</th></tr></thead>"
                + "<tbody><tr><td colspan=\"2\">値</td></tr></tbody></table>"
                + "<figure><img src=\"/dam/0b7e6c1e-2f6a-4c55-9d2a-3f1e1a2b3c4d/a.png\" alt=\"図\" /><figcaption>図1</figcaption></figure>";

        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void otherElementsAreDroppedButTheirTextKept() {
        assertThat(sanitizer.sanitize("<div><span>県内</span><iframe src=\"https://evil.example\"></iframe>"
                + "<form action=\"/x\"><input name=\"a\"></form><h1>大見出し</h1></div>"))
                .isEqualTo("県内大見出し");
    }
}
