package jp.musubi.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Why the bigram field exists: recall for compound words. Every run of 3–6 kanji or katakana in the
 * demo content is a word a user may type; an item is relevant when its text contains it as written.
 * Kuromoji alone misses about a fifth of them: it segments a compound differently inside a longer
 * word (アクセシビリティ方針 vs ティ方針) or splits katakana words it does not know.
 */
class CompoundRecallTest {

    /** Without ・ (it separates two words, which a user types with a space) and 々 (not bigrammed). */
    private static final Pattern COMPOUND = Pattern.compile("[[\\p{IsHan}\\p{InKatakana}ー]&&[^・々]]{3,6}");

    private static SearchFixture withBigrams;
    private static SearchFixture kuromojiOnly;
    private static Map<UUID, String> texts;

    @BeforeAll
    static void index() {
        withBigrams = SearchFixture.demo(true);
        kuromojiOnly = SearchFixture.demo(false);
        ItemDocuments documents = new ItemDocuments(SearchFixture.SCHEMA);
        texts = new LinkedHashMap<>();
        for (PublishedItem item : DemoContent.load(SearchFixture.REGISTRY).published()) {
            Document document = documents.toDocument(item).orElseThrow();
            StringBuilder text = new StringBuilder();
            for (IndexableField field : document.getFields(SearchFields.TEXT)) {
                text.append(field.stringValue()).append('\n');
            }
            texts.put(item.id(), text.toString());
        }
    }

    @AfterAll
    static void close() {
        withBigrams.close();
        kuromojiOnly.close();
    }

    @Test
    void bigramsFindEveryCompoundAsWrittenWhereKuromojiAloneMissesSome() {
        Set<String> compounds = new TreeSet<>();
        texts.values().forEach(text -> {
            Matcher matcher = COMPOUND.matcher(text);
            while (matcher.find()) {
                compounds.add(matcher.group());
            }
        });

        Recall combined = recall(withBigrams, compounds);
        Recall kuromoji = recall(kuromojiOnly, compounds);
        System.out.printf("compound recall over %d words: kuromoji %.4f (%d missed), kuromoji+bigrams %.4f (%d missed)%n",
                compounds.size(), kuromoji.value(), kuromoji.missed().size(), combined.value(), combined.missed().size());
        System.out.println("missed by kuromoji alone (first 40): " + kuromoji.missed().stream().limit(40).toList());
        System.out.println("missed with bigrams: " + combined.missed());

        assertThat(compounds).hasSizeGreaterThan(300);
        // Measured on the demo content: 0.82 with Kuromoji alone, 1.0 with bigrams (794 words).
        assertThat(combined.value()).isGreaterThan(0.99);
        assertThat(kuromoji.value()).isLessThan(combined.value() - 0.1);
    }

    private static Recall recall(SearchFixture fixture, Set<String> compounds) {
        long relevant = 0;
        long found = 0;
        List<String> missed = new ArrayList<>();
        for (String compound : compounds) {
            Set<UUID> expected = new HashSet<>();
            texts.forEach((id, text) -> {
                if (text.contains(compound)) {
                    expected.add(id);
                }
            });
            Set<UUID> hits = new HashSet<>();
            fixture.search().search(SearchQuery.of(null, compound, 100)).hits().forEach(h -> hits.add(h.id()));
            relevant += expected.size();
            long foundHere = expected.stream().filter(hits::contains).count();
            found += foundHere;
            if (foundHere < expected.size()) {
                missed.add(compound);
            }
        }
        return new Recall((double) found / relevant, missed);
    }

    private record Recall(double value, List<String> missed) {
    }
}
