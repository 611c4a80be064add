package jp.musubi.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphsAndLineBreaksStay() {
        assertThat(Paragraphs.toHtml("  一行目\r\n二行目 <b>\n\n \n三段落目 & \"引用\"  "))
                .isEqualTo("<p>一行目<br>二行目 &lt;b&gt;</p><p>三段落目 &amp; &quot;引用&quot;</p>");
        assertThat(Paragraphs.toHtml(" \n ")).isNull();
    }

    @Test
    void storedRichTextComesBackAsTheTextTyped() {
        String text = "一行目\n二行目 <b>\n\n三段落目 & \"引用\"";
        assertThat(Paragraphs.toText(Paragraphs.toHtml(text))).isEqualTo(text);
        assertThat(Paragraphs.toText("<ul><li>項目</li></ul><h2>見出し</h2>")).isEqualTo("項目\n\n見出し");
        assertThat(Paragraphs.toText(null)).isNull();
    }
}
