package jp.musubi.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheTextDecodesEntitiesAndSeparatesBlocks() {
        String html = """
                <p>電池で約5年&amp;動作</p>
                <ul>
                  <li>単三形&lt;リチウム&gt;電池</li><li>1分間隔</li>
                </ul>""";

        assertThat(HtmlText.of(html)).isEqualTo("電池で約5年&動作\n単三形<リチウム>電池\n1分間隔");
    }

    @Test
    void dropsScriptsAndStyles() {
        assertThat(HtmlText.of("<p>本文</p><script>alert('x')</script><style>p{}</style>")).isEqualTo("本文");
    }

    @Test
    void blankIsEmpty() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("<p></p>")).isEmpty();
    }
}
