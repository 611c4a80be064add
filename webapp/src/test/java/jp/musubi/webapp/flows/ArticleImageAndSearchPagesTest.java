package jp.musubi.webapp.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 21, item 9: the article's 画像 is its main image, with its alternative text, in the preview, the
 * public page, the lists and og:image. Item 20: the seed directory finds other spellings and marks the title.
 */
@MusubiSpringBootTest
class ArticleImageAndSearchPagesTest {

    private static final String WS = "articles";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    AssetService assets;
    @Autowired
    AccountService accounts;

    private String name;

    @AfterEach
    void remove() {
        if (name != null && content.find(WS, name).isPresent()) {
            if (content.get(WS, name).publishedRevision() != null) {
                publication.unpublish(WS, name, "editor");
            }
            content.delete(WS, name, "editor");
        }
    }

    @Test
    void theArticleImageIsItsMainImageWithItsAltTextEverywhereTheArticleIsShown() throws Exception {
        Asset image = assets.upload("hatake.png", new ByteArrayInputStream(png()), "editor");
        name = "zz-image-" + UUID.randomUUID().toString().substring(0, 8);
        String alt = "ハウスの中で温度センサーを確かめる生産者";
        content.create(WS, name, Map.of("title", "画像のある記事 " + name, "category", "news", "lead", "画像付きの記事です。",
                "body", "<p>本文です。</p>", "image", image.id().toString(), "imageAlt", alt), "初稿", "editor");

        String preview = page(get("/editor/preview/" + WS + "/" + name).param("revision", "1")
                .with(user(accounts.loadUserByUsername("editor"))));
        assertThat(preview).contains("<img src=\"" + image.url() + "\" alt=\"" + alt + "\">");

        publication.publish(WS, name, null, "pref");
        String article = page(get("/articles/" + name));
        assertThat(article).contains("<img src=\"" + image.url() + "\" alt=\"" + alt + "\">")
                .containsPattern("<meta property=\"og:image\" content=\"https?://[^\"]+" + image.url().replace(".", "\\.") + "\">")
                .contains("<meta property=\"og:image:alt\" content=\"" + alt + "\">");
        assertThat(page(get("/articles"))).containsPattern("class=\"entry-thumb\" src=\"" + image.url().replace(".", "\\.")
                + "\" alt=\"" + alt + "\"");
        assertThat(page(get("/"))).contains("src=\"" + image.url() + "\"");

        String other = page(get("/articles/website-open-member-recruitment"));
        assertThat(other).doesNotContain("og:image\"");
    }

    @Test
    void theSeedDirectoryFindsEverySpellingAndMarksMatchesInTitles() throws Exception {
        for (String word : new String[]{"いちご", "イチゴ", "苺"}) {
            String html = page(get("/seeds").param("q", word));
            assertThat(html).as(word).contains("/seeds/greenhouse-environment-control");
        }
        assertThat(page(get("/seeds").param("q", "苺"))).contains("<mark>いちご</mark>・トマトのハウス環境");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
