package jp.musubi.cms.content;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static jp.musubi.cms.content.ContentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every save is a revision; a save based on an older version is refused with the stored state. */
@CmsSpringBootTest
class RevisionsAndLockingTest {

    @Autowired
    ContentService content;

    @Test
    void everySaveIsANewRevisionWithItsAuthorAndComment() {
        String name = unique("page");
        ContentItem first = content.create("pages", name, ContentFixtures.page(), "初版", "editor-a");
        ContentItem second = content.update("pages", name, first.version(),
                with(ContentFixtures.page(), "title", "利用規約（改定）"), "第2条を追加", "editor-b");

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.lastModified().by()).isEqualTo("editor-b");
        assertThat(second.created()).isEqualTo(first.created());

        List<RevisionSummary> history = content.revisions("pages", name);
        assertThat(history).extracting(RevisionSummary::revision).containsExactly(2, 1);
        assertThat(history).extracting(RevisionSummary::comment).containsExactly("第2条を追加", "初版");
        assertThat(history).extracting(r -> r.created().by()).containsExactly("editor-b", "editor-a");
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(1).current()).isFalse();

        assertThat(content.revision("pages", name, 1).properties()).containsEntry("title", "利用規約");
        assertThat(content.revision("pages", name, 2).properties()).containsEntry("title", "利用規約（改定）");
        assertThatThrownBy(() -> content.revision("pages", name, 3))
                .isInstanceOf(ContentNotFoundException.class)
                .hasMessage("コンテンツ「pages/" + name + "」にリビジョン 3 はありません。");
    }

    @Test
    void restoringAnOldRevisionAddsANewOne() {
        String name = unique("page");
        ContentItem first = content.create("pages", name, ContentFixtures.page(), null, "editor");
        ContentItem second = content.update("pages", name, first.version(),
                with(ContentFixtures.page(), "title", "誤った改定"), null, "editor");

        ContentItem restored = content.restore("pages", name, 1, second.version(), null, "editor-b");

        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.properties()).containsEntry("title", "利用規約");
        assertThat(content.revisions("pages", name)).extracting(RevisionSummary::revision).containsExactly(3, 2, 1);
        assertThat(content.revisions("pages", name).get(0).comment()).isEqualTo("リビジョン 1 から復元しました。");
        assertThat(content.revision("pages", name, 2).properties()).as("history is kept")
                .containsEntry("title", "誤った改定");
    }

    @Test
    void aRestoredRevisionIsCheckedAgain() {
        String town = unique("town");
        content.create("municipalities", town, ContentFixtures.municipality("合併町"), null, "editor");
        String issue = unique("issue");
        ContentItem first = content.create("issues", issue, ContentFixtures.issue(town), null, "editor");
        String other = unique("town");
        content.create("municipalities", other, ContentFixtures.municipality("新市"), null, "editor");
        ContentItem second = content.update("issues", issue, first.version(), ContentFixtures.issue(other), null, "editor");
        content.delete("municipalities", town, "editor");

        assertThatThrownBy(() -> content.restore("issues", issue, 1, second.version(), null, "editor"))
                .isInstanceOf(ContentValidationException.class);
        assertThat(content.get("issues", issue).revision()).isEqualTo(2);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        String name = unique("article");
        ContentItem loaded = content.create("articles", name, ContentFixtures.article("元の題"), null, "editor");

        // Two editors opened version 1; A saves first.
        ContentItem saved = content.update("articles", name, loaded.version(),
                ContentFixtures.article("Aさんの題"), null, "editor-a");

        assertThatThrownBy(() -> content.update("articles", name, loaded.version(),
                ContentFixtures.article("Bさんの題"), null, "editor-b"))
                .isInstanceOfSatisfying(ContentConflictException.class, conflict -> {
                    assertThat(conflict.getMessage()).isEqualTo(
                            "この内容は他の人が先に更新しました（版 2）。最新の内容を確認してから保存し直してください。");
                    assertThat(conflict.currentVersion()).isEqualTo(2);
                    assertThat(conflict.current().properties()).containsEntry("title", "Aさんの題");
                    assertThat(conflict.current().lastModified().by()).isEqualTo("editor-a");
                });

        ContentItem stored = content.get("articles", name);
        assertThat(stored.properties()).containsEntry("title", "Aさんの題");
        assertThat(stored.version()).isEqualTo(saved.version());
        assertThat(content.revisions("articles", name)).hasSize(2);

        // B saves again on the version the conflict reported: accepted.
        ContentItem merged = content.update("articles", name, 2, ContentFixtures.article("Bさんの題"), null, "editor-b");
        assertThat(merged.version()).isEqualTo(3);
    }

    @Test
    void aStaleRestoreIsAConflictToo() {
        String name = unique("page");
        ContentItem first = content.create("pages", name, ContentFixtures.page(), null, "editor");
        content.update("pages", name, first.version(), with(ContentFixtures.page(), "title", "新"), null, "editor");

        assertThatThrownBy(() -> content.restore("pages", name, 1, first.version(), null, "editor"))
                .isInstanceOf(ContentConflictException.class);
    }

    @Test
    void listsPageFilterByTitleAndStatus() {
        String marker = unique("目印");
        String a = unique("list");
        String b = unique("list");
        String c = unique("list");
        content.create("events", a, with(ContentFixtures.event(), "title", marker + " 説明会"), null, "editor");
        content.create("events", b, with(ContentFixtures.event(), "title", marker + " 報告会"), null, "editor");
        content.create("events", c, with(ContentFixtures.event(), "title", "無関係"), null, "editor");

        ContentPage all = content.list("events", new ContentQuery(marker, null, 0, 1));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).hasSize(1);
        ContentPage second = content.list("events", new ContentQuery(marker, null, 1, 1));
        assertThat(second.items()).hasSize(1);
        assertThat(List.of(all.items().get(0).name(), second.items().get(0).name())).containsExactlyInAnyOrder(a, b);

        assertThat(content.list("events", new ContentQuery(marker + " 報告", null, 0, 10)).items())
                .extracting(ItemSummary::name).containsExactly(b);
        assertThat(content.list("events", new ContentQuery(marker, PublicationStatus.PUBLISHED, 0, 10)).total()).isZero();
        assertThat(content.list("events", new ContentQuery(marker, PublicationStatus.UNPUBLISHED, 0, 10)).total()).isEqualTo(2);
        assertThat(content.list("events", new ContentQuery("100%", null, 0, 10)).total())
                .as("LIKE wildcards in the text are literal").isZero();
    }
}
