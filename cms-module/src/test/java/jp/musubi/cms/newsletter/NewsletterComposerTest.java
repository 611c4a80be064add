package jp.musubi.cms.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.cms.site.SiteProperties;
import org.junit.jupiter.api.Test;

class NewsletterComposerTest {

    private final SiteProperties site = new SiteProperties("とちぎDX推進プラットフォーム", "栃木県 デジタル戦略課", "https://dx.example.jp/");
    private final UnsubscribeTokens tokens = new UnsubscribeTokens("composer-test-secret-123");
    private final NewsletterComposer composer = new NewsletterComposer(new MailTemplates(site), site, tokens);

    private final PublishedItem article = new PublishedItem(UUID.randomUUID(), "article", "articles", "kickoff-2026",
            "/kickoff-2026", Map.of(
                    "title", "キックオフイベントを開催します",
                    "lead", "11月20日に、県庁でキックオフイベントを開催します。",
                    "body", "<p>どなたでも<a href=\"/events/kickoff\">お申し込み</a>いただけます。</p>"
                            + "<img src=\"/dam/1234/map.png\" alt=\"会場の地図\"><script>alert('x')</script>"
                            + "<p onclick=\"steal()\" style=\"color:red\">会場は県庁です。</p>",
                    "newsletter", true),
            3, PublicationStatus.PUBLISHED, Instant.now(), Instant.now(), Instant.now());

    @Test
    void theNewsletterHasTheArticlesContentWithAbsoluteLinksAndNothingActive() {
        NewsletterContent content = composer.content(article);

        assertThat(content.title()).isEqualTo("キックオフイベントを開催します");
        assertThat(content.lead()).isEqualTo("11月20日に、県庁でキックオフイベントを開催します。");
        assertThat(content.articleRevision()).isEqualTo(3);
        assertThat(content.articleUrl()).isEqualTo("https://dx.example.jp/articles/kickoff-2026");
        assertThat(content.bodyHtml())
                .contains("href=\"https://dx.example.jp/events/kickoff\"", "src=\"https://dx.example.jp/dam/1234/map.png\"",
                        "alt=\"会場の地図\"", "会場は県庁です。")
                .doesNotContain("<script", "alert", "onclick", "style=");
    }

    @Test
    void eachMailHasTheSameContentAsTheWebPageATextAlternativeAndOneClickUnsubscribe() {
        OutgoingMail mail = composer.mail(42, composer.content(article), new NewsletterRecipient("nasuno-denshi",
                "sato@nasuno-denshi.example.jp", "株式会社那須野電子", "q3Vd0-random-unsubscribe-id"));

        String unsubscribe = "https://dx.example.jp/newsletter/unsubscribe?token=" + tokens.issue("q3Vd0-random-unsubscribe-id");
        assertThat(mail.headers().get("List-Unsubscribe")).as("the link does not name the public organization key")
                .doesNotContain(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("nasuno-denshi".getBytes()));
        assertThat(mail.recipient()).isEqualTo("sato@nasuno-denshi.example.jp");
        assertThat(mail.subject()).isEqualTo("【とちぎDX推進プラットフォーム】キックオフイベントを開催します");
        assertThat(mail.headers()).containsEntry("List-Unsubscribe", "<" + unsubscribe + ">")
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(mail.correlation()).isEqualTo("newsletter:42");
        assertThat(mail.htmlBody()).contains("<h1", "キックオフイベントを開催します", "11月20日に、県庁で",
                "href=\"https://dx.example.jp/events/kickoff\"", "href=\"https://dx.example.jp/articles/kickoff-2026\"",
                "href=\"" + unsubscribe + "\"");
        assertThat(mail.textBody()).contains("■ キックオフイベントを開催します", "11月20日に、県庁で",
                "どなたでもお申し込み（https://dx.example.jp/events/kickoff）いただけます。", "［画像：会場の地図］",
                "▼ ウェブサイトで読む\nhttps://dx.example.jp/articles/kickoff-2026", unsubscribe, "栃木県 デジタル戦略課")
                .doesNotContain("<p>", "alert");
    }

    @Test
    void aSendIsRenderedOnceAndEachMemberGetsTheSameMailWithTheirOwnUnsubscribeLink() {
        NewsletterContent content = composer.content(article);
        NewsletterComposer.Prepared prepared = composer.prepare(7, content);
        NewsletterRecipient sato = new NewsletterRecipient("nasuno-denshi", "sato@nasuno-denshi.example.jp", "株式会社那須野電子",
                "unsubscribe-id-of-sato");
        NewsletterRecipient suzuki = new NewsletterRecipient("utsunomiya-univ", "suzuki@u.example.jp", "宇都宮大学",
                "unsubscribe-id-of-suzuki");

        OutgoingMail first = composer.mail(prepared, sato);
        OutgoingMail second = composer.mail(prepared, suzuki);

        // Exactly what rendering the templates for that member alone gives.
        assertThat(first).isEqualTo(composer.mail(7, content, sato));
        assertThat(second).isEqualTo(composer.mail(7, content, suzuki));
        String satoLink = composer.unsubscribeUrl("unsubscribe-id-of-sato");
        String suzukiLink = composer.unsubscribeUrl("unsubscribe-id-of-suzuki");
        assertThat(first.htmlBody()).contains("href=\"" + satoLink + "\"").doesNotContain(suzukiLink, prepared.markerUrl());
        assertThat(first.textBody()).contains(satoLink).doesNotContain(suzukiLink, prepared.markerUrl());
        assertThat(second.htmlBody().replace(suzukiLink, satoLink)).isEqualTo(first.htmlBody());
        assertThat(second.headers()).containsEntry("List-Unsubscribe", "<" + suzukiLink + ">");
    }
}
