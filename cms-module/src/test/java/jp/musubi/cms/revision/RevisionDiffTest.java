package jp.musubi.cms.revision;

import static jp.musubi.cms.content.ContentFixtures.article;
import static jp.musubi.cms.content.ContentFixtures.unique;
import static jp.musubi.cms.content.ContentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Field-by-field differences between revisions, as the history page and the approver read them. */
@CmsSpringBootTest
class RevisionDiffTest {

    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    RevisionDiff diff;
    @Autowired
    jp.musubi.cms.asset.AssetService assets;

    @Test
    void changedFieldsOnlyWithInsertedAndDeletedWords() {
        String name = unique("diff");
        ContentItem first = content.create("articles", name, article("県のDX推進について"), null, "editor-a");
        Map<String, Object> changed = with(article("県のDX推進について"), "body",
                "<p>本文です。</p><p>説明会は12月に開きます。</p>");
        changed.put("category", "event");
        content.update("articles", name, first.version(), changed, "説明会を追記", "editor-b");

        RevisionComparison comparison = diff.between("articles", name, 2, 1);

        assertThat(comparison.fromRevision()).isEqualTo(1);
        assertThat(comparison.toRevision()).isEqualTo(2);
        assertThat(comparison.toStamp().by()).isEqualTo("editor-b");
        assertThat(comparison.fields()).extracting(FieldDiff::label).containsExactly("カテゴリ", "本文");
        FieldDiff category = comparison.fields().get(0);
        assertThat(category.before()).isEqualTo("お知らせ");
        assertThat(category.after()).isEqualTo("イベント・セミナー");
        FieldDiff body = comparison.fields().get(1);
        assertThat(body.change()).isEqualTo(FieldDiff.Change.CHANGED);
        assertThat(body.segments()).filteredOn(DiffSegment::inserted).extracting(DiffSegment::text)
                .containsExactly("\n説明会は12月に開きます。");
        assertThat(body.segments()).filteredOn(DiffSegment::deleted).isEmpty();
    }

    /** Issue 21, item 8: a reviewer sees the referenced member's name and the image's file, never their ids. */
    @Test
    void referencesAreNamedByTitleAndAssetsByFileNameWithAThumbnail() throws Exception {
        String member = unique("diff-member");
        content.create("members", member, Map.of("title", "株式会社参照表示", "kind", "company", "summary", "概要です。"),
                null, "editor-a");
        String seed = unique("diff-seed");
        content.create("seeds", seed, Map.of("title", "参照のあるシーズ", "member", member, "summary", "概要",
                "body", "<p>本文</p>"), null, "editor-a");
        java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(pixels, "png", png);
        jp.musubi.cms.asset.Asset image = assets.upload("hatake.png", new java.io.ByteArrayInputStream(png.toByteArray()),
                "editor-a");
        String article = unique("diff-image");
        ContentItem first = content.create("articles", article, article("画像の差分"), null, "editor-a");
        content.update("articles", article, first.version(), with(article("画像の差分"), "image", image.id().toString()),
                null, "editor-b");

        FieldDiff reference = diff.latestAgainstPublished("seeds", seed).fields().stream()
                .filter(f -> f.property().equals("member")).findFirst().orElseThrow();
        assertThat(reference.after()).isEqualTo("株式会社参照表示").doesNotContain(member);
        FieldDiff asset = diff.between("articles", article, 1, 2).fields().stream()
                .filter(f -> f.property().equals("image")).findFirst().orElseThrow();
        assertThat(asset.after()).contains("hatake.png").doesNotContain(image.id().toString());
        assertThat(asset.afterImage()).isEqualTo(image.url());
    }

    @Test
    void wordsAreJapaneseScriptRuns() {
        assertThat(WordDiff.words("県のデータ連携を2026年に")).containsExactly("県", "の", "データ", "連携", "を",
                "2026", "年", "に");
        assertThat(WordDiff.diff("見回りに頼っています", "センサーに頼っています")).containsExactly(
                new DiffSegment(DiffSegment.Kind.DELETED, "見回りに"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "センサーに"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "頼っています"));
    }

    @Test
    void imagesAreNamedByTheirAlternativeText() {
        assertThat(ReadableValues.richText("<h2>見出し</h2><p>前<img src=\"/dam/x\" alt=\"会場の写真\" />後 &amp; 以上</p>"
                + "<ul><li>一</li><li>二</li></ul>"))
                .isEqualTo("見出し\n前［画像：会場の写真］後 & 以上\n一\n二");
    }

    @Test
    void neverPublishedIsAFirstPublicationAndPublishedComparesWithTheLatest() {
        String name = unique("diff");
        ContentItem first = content.create("articles", name, article("初めての記事"), null, "editor");

        RevisionComparison fresh = diff.latestAgainstPublished("articles", name);
        assertThat(fresh.firstPublication()).isTrue();
        assertThat(fresh.fields()).extracting(FieldDiff::change).containsOnly(FieldDiff.Change.ADDED);
        assertThat(fresh.fields()).extracting(FieldDiff::label).contains("タイトル", "本文", "タグ");

        publication.publish("articles", name, null, "pref");
        content.update("articles", name, first.version(), with(article("初めての記事（訂正）"), "tags", List.of()), null,
                "editor");
        RevisionComparison modified = diff.latestAgainstPublished("articles", name);
        assertThat(modified.firstPublication()).isFalse();
        assertThat(modified.fromRevision()).isEqualTo(1);
        assertThat(modified.fields()).extracting(FieldDiff::label, FieldDiff::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("タイトル", FieldDiff.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("タグ", FieldDiff.Change.REMOVED));
    }
}
